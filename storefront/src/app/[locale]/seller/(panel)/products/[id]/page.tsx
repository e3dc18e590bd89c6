import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { getSellerProduct, listProductCrafts, requireSeller } from "@/lib/data/seller"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { NotApprovedNotice } from "@/modules/seller/templates/not-approved-notice"
import { ProductEditTemplate } from "@/modules/seller/templates/product-edit-template"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> }

/** Medusa ids are a prefix and a ULID; anything else cannot be a product. */
const isPlausibleId = (id: string) => /^[A-Za-z0-9_]{1,64}$/.test(id)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.meta" })
  return { title: t("editProductTitle") }
}

export default async function EditProductPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  await requireSeller()
  const { id } = await params
  if (!isPlausibleId(id)) notFound()
  const [product, crafts] = await Promise.all([getSellerProduct(id), listProductCrafts(locale)])
  if (!product) notFound()
  if ("ok" in product) return <NotApprovedNotice message={product.message} />
  return <ProductEditTemplate product={product} crafts={crafts} created={Boolean(firstParam((await searchParams).created))} />
}
