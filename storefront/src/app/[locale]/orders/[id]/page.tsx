import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { purchasePaymentKind } from "@/lib/cart/purchase-view"
import { isPurchaseId } from "@/lib/cart/purchases-cookie"
import { getPurchase } from "@/lib/data/cart"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { OrderTemplate } from "@/modules/checkout/templates/order-template"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale === "en" ? "en" : "vi", namespace: "orders" })
  return { title: t("title"), robots: { index: false } }
}

/**
 * A purchase's page: the buyer's own (signed in), or one placed in this browser. Anyone
 * else, even with the id, gets a 404.
 */
export default async function OrderPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const { id } = await params
  if (!isPurchaseId(id)) notFound()
  const [purchase, query] = await Promise.all([getPurchase(id), searchParams])
  if (!purchase) notFound()
  return <OrderTemplate purchase={purchase} locale={locale} placed={firstParam(query.placed) === "1"} paymentKind={purchasePaymentKind(purchase)} />
}
