import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import { LogoMark } from "@/modules/common/components/logo-mark"
import { SearchForm } from "@/modules/search/components/search-form"
import { HeaderCartLink } from "@/modules/cart/components/header-cart-link"
import { CurrencySwitch } from "./currency-switch"
import { LanguageSwitch } from "./language-switch"
import { NavLink } from "./nav-link"
import styles from "./site-header.module.css"

export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const [t, certificates] = await Promise.all([getTranslations("header"), getCertificatesTranslations("certificates.nav")])

  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link href="/" className={styles.brand} aria-label={t("homeLink")}>
          <LogoMark />
          <span className={styles.brandText}>
            <span className={styles.brandName}>Chợ Làng Nghề</span>
            <span className={styles.tagline}>{t("tagline")}</span>
          </span>
        </Link>
        <nav aria-label={t("mainNav")} className={styles.nav}>
          <ul>
            <li>
              <NavLink href="/products" locale={locale} className={styles.navLink}>
                {t("products")}
              </NavLink>
            </li>
            <li>
              <NavLink href="/villages" locale={locale} className={styles.navLink}>
                {t("villages")}
              </NavLink>
            </li>
            <li>
              <NavLink href="/marks" locale={locale} className={styles.navLink}>
                {certificates("marks")}
              </NavLink>
            </li>
          </ul>
        </nav>
        <Suspense fallback={null}>
          <LanguageSwitch locale={locale} label={t("languageLabel")} />
        </Suspense>
        <CurrencySwitch />
        <HeaderCartLink />
        <SearchForm locale={locale} variant="header" />
      </div>
      <div className="brocade-band" aria-hidden="true" />
    </header>
  )
}
