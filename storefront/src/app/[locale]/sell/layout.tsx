import type { ReactNode } from "react"
import { pageLocale } from "@/i18n/page-locale"
import { SellerIntlProvider } from "@/modules/seller/components/seller-intl-provider"

export default async function SellLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await pageLocale(params)
  return <SellerIntlProvider>{children}</SellerIntlProvider>
}
