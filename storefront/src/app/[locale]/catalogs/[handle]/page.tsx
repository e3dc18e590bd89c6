import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { catalogText } from "@/lib/catalogs/view"
import { getCatalog } from "@/lib/data/catalogs"
import { listProductsByIds } from "@/lib/data/products"
import { localeAlternates } from "@/lib/util/alternates"
import { CatalogTemplate } from "@/modules/catalogs/templates/catalog-template"
import { isPlausibleHandle } from "@/lib/util/handle"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { handle } = await params
  await connection()
  const catalog = isPlausibleHandle(handle) ? await getCatalog(handle) : null
  if (!catalog) {
    const t = await getTranslations({ locale, namespace: "meta" })
    return { title: t("notFoundTitle") }
  }
  const { title, story } = catalogText(catalog, locale)
  return {
    title,
    description: story?.slice(0, 160) || undefined,
    alternates: localeAlternates(routing.locales, locale, `/catalogs/${catalog.handle}`),
    openGraph: { title, images: catalog.hero_image_url ? [{ url: catalog.hero_image_url }] : undefined },
  }
}

export default async function CatalogPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { handle } = await params
  await connection()
  if (!isPlausibleHandle(handle)) notFound()
  const catalog = await getCatalog(handle)
  if (!catalog) notFound()
  const products = await listProductsByIds(
    locale,
    catalog.products.map((p) => p.product_id)
  )
  return <CatalogTemplate catalog={catalog} products={products} locale={locale} />
}
