import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { listCatalogs } from "@/lib/data/catalogs"
import { listCrafts } from "@/lib/data/categories"
import { listProductCards } from "@/lib/data/products"
import { localeAlternates } from "@/lib/util/alternates"
import { HomeTemplate } from "@/modules/home/templates/home-template"

type Props = { params: Promise<{ locale: string }> }

const FEATURED_COUNT = 8

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: "meta" })
  return {
    title: { absolute: t("homeTitle") },
    description: t("description"),
    alternates: localeAlternates(routing.locales, locale, "/"),
  }
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const [crafts, featured, catalogs] = await Promise.all([
    listCrafts(locale),
    listProductCards({ locale, perPage: FEATURED_COUNT }),
    listCatalogs(),
  ])

  return <HomeTemplate locale={locale} crafts={crafts} featured={featured?.cards ?? []} catalogs={catalogs} />
}
