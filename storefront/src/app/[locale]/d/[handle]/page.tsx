import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { Link } from "@/i18n/navigation"
import { pageLocale } from "@/i18n/page-locale"
import { displayPointName } from "@/lib/catalogs/view"
import { scanDisplayPoint } from "@/lib/data/catalogs"
import { listProductsByIds } from "@/lib/data/products"
import { CatalogTemplate } from "@/modules/catalogs/templates/catalog-template"
import { isPlausibleHandle } from "@/lib/util/handle"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: "catalogs" })
  // Not indexed: every visit counts as a scan of the poster.
  return { title: t("pointTitle"), robots: { index: false, follow: true } }
}

/**
 * Where a display point's QR poster leads (/vi/d/{point}): the scan is counted, then the
 * catalog the point shows now is displayed under the point's name. A point showing no
 * catalog still says where the visitor is and sends them to the shop.
 */
export default async function DisplayPointPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { handle } = await params
  await connection()
  if (!isPlausibleHandle(handle)) notFound()
  const scanned = await scanDisplayPoint(handle, locale)
  if (!scanned) notFound()
  const name = displayPointName(scanned.display_point, locale)
  if (!scanned.catalog) {
    const t = await getTranslations({ locale, namespace: "catalogs" })
    return (
      <section>
        <h1>{name}</h1>
        <p>{t("pointWithoutCatalog")}</p>
        <Link href="/products">{t("browseAll")}</Link>
      </section>
    )
  }
  const products = await listProductsByIds(
    locale,
    scanned.catalog.products.map((p) => p.product_id)
  )
  return <CatalogTemplate catalog={scanned.catalog} products={products} locale={locale} pointName={name} />
}
