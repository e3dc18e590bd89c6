import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { listSellerOrders, requireSeller } from "@/lib/data/seller"
import { pageCount, parsePage } from "@/lib/util/pagination"
import type { SearchParams } from "@/lib/util/search-params"
import { OrderListTemplate } from "@/modules/seller/templates/order-list-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

const PER_PAGE = 20

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.meta" })
  return { title: t("ordersTitle") }
}

export default async function SellerOrdersPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  await requireSeller()
  const page = parsePage((await searchParams).page)
  const result = await listSellerOrders({ page, perPage: PER_PAGE })
  const pages = result && "count" in result ? pageCount(result.count, PER_PAGE) : 1
  return <OrderListTemplate result={result} locale={locale} page={page} pageCount={pages} />
}
