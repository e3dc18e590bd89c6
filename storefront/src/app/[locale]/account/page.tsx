import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { getCustomer, listPurchases } from "@/lib/data/account"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { AccountTemplate } from "@/modules/account/templates/account-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale === "en" ? "en" : "vi", namespace: "account" })
  return { title: t("title"), robots: { index: false } }
}

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const [customer, query] = await Promise.all([getCustomer(), searchParams])
  if (!customer) redirect(`/${locale}/account/login${firstParam(query.signedOut) === "1" ? "?signedOut=1" : ""}`)
  const purchases = await listPurchases()
  return <AccountTemplate customer={customer} purchases={purchases} locale={locale} welcome={firstParam(query.welcome) === "1"} />
}
