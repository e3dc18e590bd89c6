import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { getArtisanByHandle } from "@/lib/data/artisans"
import { localeAlternates } from "@/lib/util/alternates"
import { localized } from "@/lib/util/village-view"
import { ArtisanTemplate } from "@/modules/artisans/templates/artisan-template"
import { isPlausibleHandle } from "@/lib/util/handle"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { handle } = await params
  await connection()
  const artisan = isPlausibleHandle(handle) ? await getArtisanByHandle(handle) : null
  if (!artisan) {
    const t = await getTranslations({ locale, namespace: "meta" })
    return { title: t("notFoundTitle") }
  }
  const titles = await getTranslations({ locale, namespace: "artisanTitle" })
  return {
    title: `${artisan.name} — ${titles(artisan.title)}`,
    description: localized(locale, artisan.bio, artisan.bio_en).slice(0, 160),
    alternates: localeAlternates(routing.locales, locale, `/artisans/${artisan.handle}`),
  }
}

export default async function ArtisanPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { handle } = await params
  await connection()
  if (!isPlausibleHandle(handle)) notFound()
  const artisan = await getArtisanByHandle(handle)
  if (!artisan) notFound()

  return <ArtisanTemplate artisan={artisan} locale={locale} />
}
