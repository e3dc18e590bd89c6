import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { currentSeller } from "@/lib/data/seller"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { safeSellerPath } from "@/lib/util/seller-view"
import { LoginTemplate } from "@/modules/seller/templates/login-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.meta" })
  return { title: t("loginTitle") }
}

export default async function SellerLoginPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const query = await searchParams
  const next = safeSellerPath(firstParam(query.next), locale)
  // Already signed in: straight to the panel.
  if (await currentSeller()) redirect(next)
  const notice = firstParam(query.expired) ? "expired" : firstParam(query.signedOut) ? "signedOut" : null

  return <LoginTemplate initial={{ values: { email: "", next }, fieldErrors: {}, formError: null }} notice={notice} />
}
