import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { storeFetch } from "@/lib/cart/store-api"
import { vnpayOutcome, vnpayQuery, type VnpayReturnAnswer } from "@/lib/cart/vnpay"
import type { SearchParams } from "@/lib/util/search-params"
import { VnpayReturnTemplate } from "@/modules/checkout/templates/vnpay-return-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale === "en" ? "en" : "vi", namespace: "checkout.vnpay" })
  return { title: t("title"), robots: { index: false } }
}

/**
 * Where VNPay sends the buyer back. The backend checks VNPay's signature and says what
 * the IPN has recorded; this page only words it (the IPN is what records the payment).
 */
export default async function VnpayReturnPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const query = vnpayQuery(await searchParams)
  const answer = Object.keys(query).length
    ? await storeFetch<{ vnpay: VnpayReturnAnswer }>("/store/payments/vnpay/return", { query })
    : null
  const vnpay = answer?.ok ? answer.data.vnpay : null
  return <VnpayReturnTemplate locale={locale} outcome={vnpayOutcome(vnpay)} purchaseId={vnpay?.purchase_id ?? null} />
}
