import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getCartCount } from "@/lib/data/cart"
import styles from "./header-cart-link.module.css"

/**
 * The header's account and cart links. The count is read from the cart only when the
 * cln_cart cookie is there, so anonymous pages make no cart call.
 */
export async function HeaderCartLink() {
  const [t, count] = await Promise.all([getTranslations("cart.header"), getCartCount()])
  return (
    <div className={styles.links}>
      <Link href="/account" className={styles.link}>
        <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span>{t("account")}</span>
      </Link>
      <Link href="/cart" className={styles.link} aria-label={t("cartLabel", { count })}>
        <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M3 4h2l2.2 10.5a2 2 0 0 0 2 1.5h7.6a2 2 0 0 0 2-1.5L21 8H6.2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <circle cx="10" cy="20" r="1.5" fill="currentColor" />
          <circle cx="17" cy="20" r="1.5" fill="currentColor" />
        </svg>
        <span>{t("cart")}</span>
        {count > 0 && (
          <span className={styles.count} aria-hidden="true">
            {count}
          </span>
        )}
      </Link>
    </div>
  )
}
