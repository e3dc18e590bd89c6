import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { safeNextPath } from "@/lib/account/forms"
import { getCustomer } from "@/lib/data/account"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { LoginTemplate } from "@/modules/account/templates/auth-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale === "en" ? "en" : "vi", namespace: "account.login" })
  return { title: t("title"), robots: { index: false } }
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const query = await searchParams
  const next = firstParam(query.next) ?? ""
  if (await getCustomer()) redirect(safeNextPath(next, locale))
  const notice = firstParam(query.expired) === "1" ? "expired" : firstParam(query.signedOut) === "1" ? "signedOut" : null
  return <LoginTemplate initial={{ values: { email: "", next }, errors: {}, formError: null }} notice={notice} />
}
