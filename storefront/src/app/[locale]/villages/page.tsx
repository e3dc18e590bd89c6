import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { listCrafts } from "@/lib/data/categories"
import { listVillages } from "@/lib/data/villages"
import { localeAlternates } from "@/lib/util/alternates"
import { parseCraft, type SearchParams } from "@/lib/util/search-params"
import { craftKey } from "@/lib/util/village-view"
import { VillageListTemplate } from "@/modules/villages/templates/village-list-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  await connection()
  const craftHandle = parseCraft((await searchParams).craft)
  const [t, crafts] = await Promise.all([getTranslations({ locale, namespace: "meta" }), listCrafts(locale)])
  const craft = craftHandle ? crafts.find((candidate) => candidate.handle === craftHandle) : undefined
  return {
    title: craft ? t("craftVillagesTitle", { craft: craft.name }) : t("villagesTitle"),
    description: t("villagesDescription"),
    alternates: localeAlternates(routing.locales, locale, `/villages${craft ? `?craft=${craft.handle}` : ""}`),
  }
}

export default async function VillagesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const craftHandle = parseCraft((await searchParams).craft)

  const crafts = await listCrafts(locale)
  const craft = craftHandle ? (crafts.find((candidate) => candidate.handle === craftHandle) ?? null) : null
  if (craftHandle && !craft) notFound()

  const villages = await listVillages({ craft: craft ? craftKey(craft.handle) : undefined })

  return <VillageListTemplate locale={locale} crafts={crafts} craft={craft} villages={villages} />
}
