import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { getSellerOrder, requireSeller } from "@/lib/data/seller"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { orderNumber } from "@/lib/util/seller-view"
import { NotApprovedNotice } from "@/modules/seller/templates/not-approved-notice"
import { OrderDetailTemplate } from "@/modules/seller/templates/order-detail-template"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> }

const isPlausibleId = (id: string) => /^[A-Za-z0-9_]{1,64}$/.test(id)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { id } = await params
  const t = await getTranslations({ locale, namespace: "seller.meta" })
  return { title: t("orderTitle", { number: isPlausibleId(id) ? orderNumber({ id }) : "" }) }
}

export default async function SellerOrderPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  await requireSeller()
  const { id } = await params
  if (!isPlausibleId(id)) notFound()
  const order = await getSellerOrder(id)
  if (!order) notFound()
  if ("ok" in order) return <NotApprovedNotice message={order.message} />
  const query = await searchParams
  const notice = firstParam(query.shipped) ? "shipped" : firstParam(query.delivered) ? "delivered" : null
  return <OrderDetailTemplate order={order} locale={locale} notice={notice} />
}
