import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { listSellerProducts, requireSeller } from "@/lib/data/seller"
import { pageCount, parsePage } from "@/lib/util/pagination"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { ProductListTemplate } from "@/modules/seller/templates/product-list-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

const PER_PAGE = 20

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.meta" })
  return { title: t("productsTitle") }
}

export default async function SellerProductsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  await requireSeller()
  const query = await searchParams
  const rawStatus = firstParam(query.status)
  const status = rawStatus === "published" || rawStatus === "draft" ? rawStatus : undefined
  const q = (firstParam(query.q) ?? "").trim().slice(0, 100)
  const page = parsePage(query.page)
  const result = await listSellerProducts({ q, status, page, perPage: PER_PAGE })

  return (
    <ProductListTemplate
      result={result}
      view={{ status, q, page, pageCount: "count" in result ? pageCount(result.count, PER_PAGE) : 1 }}
      locale={locale}
      deleted={Boolean(firstParam(query.deleted))}
    />
  )
}
