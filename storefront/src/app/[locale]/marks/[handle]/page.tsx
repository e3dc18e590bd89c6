import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import { markName, markProductIds } from "@/lib/certificates/view"
import { getMarkByHandle } from "@/lib/data/certificates"
import { listProductsByIds } from "@/lib/data/products"
import { localeAlternates } from "@/lib/util/alternates"
import { MarkTemplate } from "@/modules/certificates/templates/mark-template"
import { isPlausibleHandle } from "@/lib/util/handle"

type Props = { params: Promise<{ locale: string; handle: string }> }

/** The page shows at most this many products; the product list filtered by the mark has all. */
const MAX_PRODUCTS = 48

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { handle } = await params
  await connection()
  const page = isPlausibleHandle(handle) ? await getMarkByHandle(handle) : null
  if (!page) {
    const t = await getTranslations({ locale, namespace: "meta" })
    return { title: t("notFoundTitle") }
  }
  const t = await getCertificatesTranslations("certificates.meta")
  const name = markName(page.mark, locale)
  return {
    title: name,
    description: t("markDescription", { name, product: page.mark.product_name ?? name, number: page.mark.certificate_number ?? "—" }),
    alternates: localeAlternates(routing.locales, locale, `/marks/${page.mark.handle}`),
    openGraph: { title: name, images: page.mark.image_url ? [{ url: page.mark.image_url }] : undefined },
  }
}

export default async function MarkPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { handle } = await params
  await connection()
  if (!isPlausibleHandle(handle)) notFound()
  const page = await getMarkByHandle(handle)
  if (!page) notFound()
  const products = await listProductsByIds(locale, markProductIds(page.producers, MAX_PRODUCTS))
  return <MarkTemplate page={page} locale={locale} products={products} />
}
