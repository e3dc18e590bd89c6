import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import { LogoMark } from "@/modules/common/components/logo-mark"
import styles from "./site-footer.module.css"

export async function SiteFooter() {
  const [t, seller, certificates] = await Promise.all([
    getTranslations("footer"),
    getTranslations("seller.footer"),
    getCertificatesTranslations("certificates.nav"),
  ])

  return (
    <footer className={styles.footer}>
      <div className="brocade-band" aria-hidden="true" />
      <div className={`container ${styles.inner}`}>
        <p className={styles.demo} role="note">
          {t("demoNotice")}
        </p>
        <div className={styles.columns}>
          <div className={styles.about}>
            <p className={styles.brand}>
              <LogoMark size={32} />
              <span>Chợ Làng Nghề</span>
            </p>
            <p>{t("about")}</p>
          </div>
          <nav aria-label={t("navLabel")}>
            <ul className={styles.links}>
              <li>
                <Link href="/products">{t("products")}</Link>
              </li>
              <li>
                <Link href="/marks">{certificates("marks")}</Link>
              </li>
              <li>
                <Link href="/sell">{seller("sell")}</Link>
              </li>
              <li>
                <Link href="/seller/login">{seller("sellerLogin")}</Link>
              </li>
            </ul>
          </nav>
        </div>
        <p className={styles.copyright}>{t("copyright")}</p>
      </div>
    </footer>
  )
}
