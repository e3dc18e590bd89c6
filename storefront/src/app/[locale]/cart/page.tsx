import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { getCartSummary } from "@/lib/data/cart"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale === "en" ? "en" : "vi", namespace: "cart" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CartPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const [summary, query] = await Promise.all([getCartSummary(), searchParams])
  return <CartTemplate summary={summary} locale={locale} notice={firstParam(query.notice)} />
}
