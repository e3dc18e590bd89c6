import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { listCrafts } from "@/lib/data/categories"
import { listMarks } from "@/lib/data/certificates"
import { listProductCards } from "@/lib/data/products"
import { localeAlternates } from "@/lib/util/alternates"
import { PRODUCTS_PER_PAGE, parsePage } from "@/lib/util/pagination"
import { parseCraft, parseMark, parseMinStars, productListQuery, type SearchParams } from "@/lib/util/search-params"
import { ProductListTemplate } from "@/modules/products/templates/product-list-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  await connection()
  const query = await searchParams
  const craftHandle = parseCraft(query.craft)
  const page = parsePage(query.page)
  const stars = parseMinStars(query.stars)
  const mark = parseMark(query.mark)
  const [t, crafts] = await Promise.all([getTranslations({ locale, namespace: "meta" }), listCrafts(locale)])
  const craft = craftHandle ? crafts.find((candidate) => candidate.handle === craftHandle) : undefined
  return {
    title: craft ? t("craftTitle", { craft: craft.name }) : t("productsTitle"),
    description: craft?.description || t("productsDescription"),
    alternates: localeAlternates(routing.locales, locale, `/products${productListQuery({ craft: craft?.handle, stars, mark, page })}`),
  }
}

export default async function ProductsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const query = await searchParams
  const page = parsePage(query.page)
  const craftHandle = parseCraft(query.craft)
  const stars = parseMinStars(query.stars)
  const markHandle = parseMark(query.mark)

  const [crafts, marks] = await Promise.all([listCrafts(locale), listMarks()])
  const craft = craftHandle ? (crafts.find((candidate) => candidate.handle === craftHandle) ?? null) : null
  if (craftHandle && !craft) notFound()
  const mark = markHandle ? marks.find((candidate) => candidate.handle === markHandle) : undefined
  if (markHandle && !mark) notFound()

  // Craft, OCOP stars and mark narrow the list in the one backend read; a page past the
  // last one is no page.
  const result = await listProductCards({ locale, page, perPage: PRODUCTS_PER_PAGE, craft: craft?.handle, stars, mark: mark?.handle })
  if (!result) notFound()

  return <ProductListTemplate locale={locale} crafts={crafts} craft={craft} marks={marks} stars={stars} mark={mark?.handle} result={result} />
}
