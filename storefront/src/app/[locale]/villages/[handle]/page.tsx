import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { listCrafts } from "@/lib/data/categories"
import { listProductsByIds } from "@/lib/data/products"
import { getVillageByHandle } from "@/lib/data/villages"
import { localeAlternates } from "@/lib/util/alternates"
import { localized } from "@/lib/util/village-view"
import { VillageTemplate } from "@/modules/villages/templates/village-template"
import { isPlausibleHandle } from "@/lib/util/handle"

type Props = { params: Promise<{ locale: string; handle: string }> }

/** The village page shows at most this many products; each producer's page lists all of theirs. */
const MAX_PRODUCTS = 24

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { handle } = await params
  await connection()
  const village = isPlausibleHandle(handle) ? await getVillageByHandle(handle) : null
  if (!village) {
    const t = await getTranslations({ locale, namespace: "meta" })
    return { title: t("notFoundTitle") }
  }
  const name = localized(locale, village.name, village.name_en)
  const story = localized(locale, village.story, village.story_en)
  return {
    title: name,
    description: story?.slice(0, 160) || `${village.commune}, ${village.province}`,
    alternates: localeAlternates(routing.locales, locale, `/villages/${village.handle}`),
    openGraph: { title: name, images: village.image_url ? [{ url: village.image_url }] : undefined },
  }
}

export default async function VillagePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { handle } = await params
  await connection()
  if (!isPlausibleHandle(handle)) notFound()
  const village = await getVillageByHandle(handle)
  if (!village) notFound()

  const productIds = village.producers.flatMap((producer) => producer.products.map((product) => product.id))
  const [crafts, products] = await Promise.all([
    listCrafts(locale),
    listProductsByIds(locale, productIds.slice(0, MAX_PRODUCTS)),
  ])

  return <VillageTemplate village={village} locale={locale} crafts={crafts} products={products} />
}
