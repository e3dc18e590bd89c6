"use client"

import { useTranslations } from "next-intl"
import { usePathname } from "next/navigation"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import styles from "./seller-tabs.module.css"

const ICONS: Record<string, ReactNode> = {
  dashboard: (
    <>
      <rect x="3" y="3" width="7" height="9" rx="1.5" />
      <rect x="14" y="3" width="7" height="5" rx="1.5" />
      <rect x="14" y="12" width="7" height="9" rx="1.5" />
      <rect x="3" y="16" width="7" height="5" rx="1.5" />
    </>
  ),
  products: (
    <>
      <path d="M3 7.5 12 3l9 4.5v9L12 21l-9-4.5v-9Z" strokeLinejoin="round" />
      <path d="M3 7.5 12 12l9-4.5M12 12v9" strokeLinejoin="round" />
    </>
  ),
  lots: (
    <>
      <rect x="4" y="4" width="7" height="7" rx="1" />
      <rect x="13" y="4" width="7" height="7" rx="1" />
      <rect x="4" y="13" width="7" height="7" rx="1" />
      <path d="M13 13h3v3h-3zM17 17h3v3h-3zM17 13h3M13 20h1" strokeLinecap="round" />
    </>
  ),
  orders: (
    <>
      <path d="M6 3h12l1 18H5L6 3Z" strokeLinejoin="round" />
      <path d="M9 7a3 3 0 0 0 6 0" strokeLinecap="round" />
    </>
  ),
  certificates: (
    <>
      <circle cx="12" cy="9" r="6" />
      <path d="m12 6 1 2 2.2.3-1.6 1.5.4 2.2-2-1-2 1 .4-2.2L8.8 8.3 11 8l1-2Z" strokeLinejoin="round" />
      <path d="M8.5 14 7 21l5-2.5 5 2.5-1.5-7" strokeLinejoin="round" />
    </>
  ),
  profile: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" strokeLinecap="round" />
    </>
  ),
}

const TABS = [
  { key: "dashboard", href: "/seller" },
  { key: "products", href: "/seller/products" },
  { key: "lots", href: "/seller/lots" },
  { key: "orders", href: "/seller/orders" },
  { key: "certificates", href: "/seller/certificates" },
  { key: "profile", href: "/seller/profile" },
] as const

// The lot pages keep their wording in messages/lots; this bar only has the panel's messages.
const LOTS_TAB_LABEL: Record<string, string> = { vi: "Lô hàng", en: "Lots" }

/**
 * The panel's sections: a tab bar stuck to the bottom of the screen on phones (in
 * thumb reach), a row of tabs above the content on wider screens. Sections whose wording
 * lives in their own message files (certificates) get their label from the server shell.
 */
export function SellerTabs({ locale, labels = {} }: { locale: string; labels?: { certificates?: string } }) {
  const t = useTranslations("seller.nav")
  const pathname = usePathname()
  const isCurrent = (href: string) => {
    const full = `/${locale}${href}`
    return href === "/seller" ? pathname === full : pathname === full || pathname.startsWith(`${full}/`)
  }

  return (
    <nav className={styles.tabs} aria-label={t("label")}>
      <ul className={styles.list} style={{ gridTemplateColumns: `repeat(${TABS.length}, minmax(0, 1fr))` }}>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={tab.href} className={styles.tab} aria-current={isCurrent(tab.href) ? "page" : undefined}>
              <svg width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
                {ICONS[tab.key]}
              </svg>
              <span>
                {tab.key === "lots"
                  ? (LOTS_TAB_LABEL[locale] ?? LOTS_TAB_LABEL.vi)
                  : tab.key === "certificates"
                    ? (labels.certificates ?? tab.key)
                    : t(tab.key)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
