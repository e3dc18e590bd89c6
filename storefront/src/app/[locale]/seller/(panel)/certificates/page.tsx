import { toCalendarDate } from "@cln/domain"
import type { Metadata } from "next"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import { listProducerCertificates, listProducerMarkRights } from "@/lib/data/certificates"
import { listSellerProducts, requireSeller } from "@/lib/data/seller"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { SellerCertificatesTemplate } from "@/modules/certificates/templates/seller-certificates-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

/** A producer's catalogue is small; the form offers this many products at most (the API's page limit). */
const PRODUCT_LIMIT = 100

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params)
  const t = await getCertificatesTranslations("certificates.meta")
  return { title: t("panelTitle") }
}

export default async function SellerCertificatesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  await requireSeller()
  const query = await searchParams
  const [certificates, rights, products] = await Promise.all([
    listProducerCertificates(),
    listProducerMarkRights(),
    listSellerProducts({ page: 1, perPage: PRODUCT_LIMIT }),
  ])
  return (
    <SellerCertificatesTemplate
      locale={locale}
      certificates={certificates}
      rights={rights}
      products={"ok" in products ? [] : products.products.map((product) => ({ id: product.id, title: product.title, handle: product.handle }))}
      today={toCalendarDate(new Date())}
      submitted={Boolean(firstParam(query.submitted))}
    />
  )
}
