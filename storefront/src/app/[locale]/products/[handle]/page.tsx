import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { routing } from "@/i18n/routing"
import { getTracePreview, listRelatedProducts } from "@/lib/data/product-extras"
import { requestOrigin } from "@/lib/util/request-origin"
import { getProductByHandle } from "@/lib/data/products"
import { localeAlternates } from "@/lib/util/alternates"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { ProductTemplate } from "@/modules/products/templates/product-template"
import { isPlausibleHandle } from "@/lib/util/handle"

type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: Promise<SearchParams> }

async function resolveParams(params: Props["params"]) {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return { locale, handle }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await resolveParams(params)
  await connection()
  const product = isPlausibleHandle(handle) ? await getProductByHandle(locale, handle) : null
  if (!product) {
    const t = await getTranslations({ locale, namespace: "meta" })
    return { title: t("notFoundTitle") }
  }
  const image = product.thumbnail ?? undefined
  return {
    title: product.title,
    description: product.subtitle || product.description?.slice(0, 160) || undefined,
    alternates: localeAlternates(routing.locales, locale, `/products/${product.handle}`),
    openGraph: { title: product.title, images: image ? [{ url: image }] : undefined },
  }
}

export default async function ProductPage({ params, searchParams }: Props) {
  const { locale, handle } = await resolveParams(params)
  await connection()
  if (!isPlausibleHandle(handle)) notFound()
  const product = await getProductByHandle(locale, handle)
  if (!product) notFound()
  const variantId = firstParam((await searchParams).variant)
  const [related, tracePreview, origin] = await Promise.all([listRelatedProducts(locale, product), getTracePreview(product.id), requestOrigin()])

  return (
    <ProductTemplate
      product={product}
      locale={locale}
      variantId={variantId}
      related={related}
      tracePreview={tracePreview}
      pageUrl={`${origin}/${locale}/products/${product.handle}`}
    />
  )
}
