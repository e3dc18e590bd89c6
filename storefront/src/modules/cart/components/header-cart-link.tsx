import { getLocale, getTranslations } from "next-intl/server"
import { headers } from "next/headers"
import { Link } from "@/i18n/navigation"
import { cartLabels, PAGE_SHELL_HEADER, pageShellMarker } from "@/lib/cart/cart-count"
import { getCartCount } from "@/lib/data/cart"
import styles from "./header-cart-link.module.css"

/**
 * The header's account and cart links. The count comes from the cart's count cookie (the
 * cart is asked only when there is a cart cookie without one), so catalogue pages make no
 * cart call. The count is the only per-visitor thing on a catalogue page: when the edge
 * renders a page to keep (src/edge/page-cache.ts), the count is its marker, which the edge
 * replaces with each visitor's own. So everything that depends on the count (the badge,
 * `data-count`, which CSS reads to hide the badge at 0 and to show the right one of the
 * three accessible names) holds nothing but the number.
 */
export async function HeaderCartLink() {
  const marker = pageShellMarker((await headers()).get(PAGE_SHELL_HEADER))
  const [t, locale, count] = await Promise.all([getTranslations("cart.header"), getLocale(), marker ? null : getCartCount()])
  const shown = marker ?? String(count)
  const labels = cartLabels((n) => t("cartLabel", { count: n }), locale, shown)
  return (
    <div className={styles.links}>
      <Link href="/account" className={styles.link}>
        <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span>{t("account")}</span>
      </Link>
      <Link href="/cart" className={styles.link} data-count={shown}>
        <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M3 4h2l2.2 10.5a2 2 0 0 0 2 1.5h7.6a2 2 0 0 0 2-1.5L21 8H6.2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <circle cx="10" cy="20" r="1.5" fill="currentColor" />
          <circle cx="17" cy="20" r="1.5" fill="currentColor" />
        </svg>
        <span aria-hidden="true">{t("cart")}</span>
        <span className={styles.label}>
          <span className={styles.zero}>{labels.zero}</span>
          <span className={styles.one}>{labels.one}</span>
          <span className={styles.more} data-cart-more="">
            {labels.more}
          </span>
        </span>
        <span className={styles.count} aria-hidden="true" data-cart-count="">
          {shown}
        </span>
      </Link>
    </div>
  )
}
