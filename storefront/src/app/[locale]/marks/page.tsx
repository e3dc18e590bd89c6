import type { Metadata } from "next"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import { listMarks } from "@/lib/data/certificates"
import { localeAlternates } from "@/lib/util/alternates"
import { MarkListTemplate } from "@/modules/certificates/templates/mark-list-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getCertificatesTranslations("certificates.meta")
  return {
    title: t("marksTitle"),
    description: t("marksDescription"),
    alternates: localeAlternates(routing.locales, locale, "/marks"),
  }
}

export default async function MarksPage({ params }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const marks = await listMarks()
  return <MarkListTemplate marks={marks} locale={locale} />
}
