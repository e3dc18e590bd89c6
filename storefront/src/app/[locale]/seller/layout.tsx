import type { Metadata } from "next"
import type { ReactNode } from "react"
import { pageLocale } from "@/i18n/page-locale"
import { SellerIntlProvider } from "@/modules/seller/components/seller-intl-provider"

// The seller panel is private: never indexed.
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default async function SellerLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await pageLocale(params)
  return <SellerIntlProvider>{children}</SellerIntlProvider>
}
