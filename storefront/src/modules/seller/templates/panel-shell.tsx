import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import type { AppLocale } from "@/i18n/routing"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import type { SellerSession } from "@/lib/seller-types"
import { LogoutButton } from "../components/logout-button"
import { SellerTabs } from "../components/seller-tabs"
import { StatusBanner } from "../components/status-banner"
import { ProducerStatusChip } from "./producer-status-chip"
import styles from "./seller.module.css"

/** The frame of every panel page: whose shop, its status, and the panel's sections. */
export async function PanelShell({ session, locale, children }: { session: SellerSession; locale: AppLocale; children: ReactNode }) {
  const [t, certificates] = await Promise.all([getTranslations("seller.nav"), getCertificatesTranslations("certificates.nav")])
  const { producer } = session

  return (
    <div className={`container ${styles.panel}`}>
      <div className={styles.panelHeader}>
        <div className={styles.shop}>
          <p className={styles.shopName}>
            <span className="visually-hidden">{t("panel")}: </span>
            {producer.name}
          </p>
          <ProducerStatusChip status={producer.status} />
        </div>
        <LogoutButton className={styles.headerLogout} />
      </div>
      <div className={styles.content}>
        <StatusBanner producer={producer} />
        {children}
      </div>
      <SellerTabs locale={locale} labels={{ certificates: certificates("panelTab") }} />
    </div>
  )
}
