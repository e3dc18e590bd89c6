import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { pageLocale } from "@/i18n/page-locale"
import { ThanksTemplate } from "@/modules/seller/templates/thanks-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.meta" })
  return { title: t("thanksTitle"), robots: { index: false } }
}

export default async function ThanksPage({ params }: Props) {
  await pageLocale(params)
  return <ThanksTemplate />
}
