import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { getCustomer } from "@/lib/data/account"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { RegisterTemplate } from "@/modules/account/templates/auth-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale === "en" ? "en" : "vi", namespace: "account.register" })
  return { title: t("title"), robots: { index: false } }
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  if (await getCustomer()) redirect(`/${locale}/account`)
  const next = firstParam((await searchParams).next) ?? ""
  return (
    <RegisterTemplate initial={{ values: { full_name: "", email: "", phone: "", next }, errors: {}, formError: null }} />
  )
}
