import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { listVillageOptions } from "@/lib/data/seller"
import { localeAlternates } from "@/lib/util/alternates"
import { emptyApplication } from "@/lib/util/seller-application"
import { ApplicationTemplate } from "@/modules/seller/templates/application-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.meta" })
  return {
    title: t("applyTitle"),
    description: t("applyDescription"),
    alternates: localeAlternates(routing.locales, locale, "/sell"),
  }
}

export default async function SellPage({ params }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const villages = await listVillageOptions(locale)
  const host = new URL(process.env.STOREFRONT_URL || "http://localhost:8000").host

  return (
    <ApplicationTemplate
      initial={{ values: emptyApplication(), fieldErrors: {}, formError: null }}
      villages={villages}
      shopUrlPrefix={`${host}/${locale}/producers/`}
    />
  )
}
