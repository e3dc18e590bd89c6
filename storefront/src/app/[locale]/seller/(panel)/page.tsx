import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { getSellerDashboard, requireSeller } from "@/lib/data/seller"
import { DashboardTemplate } from "@/modules/seller/templates/dashboard-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.meta" })
  return { title: t("dashboardTitle") }
}

export default async function SellerDashboardPage({ params }: Props) {
  await pageLocale(params)
  await connection()
  const session = await requireSeller()
  const dashboard = await getSellerDashboard(session)
  return <DashboardTemplate session={session} dashboard={dashboard} />
}
