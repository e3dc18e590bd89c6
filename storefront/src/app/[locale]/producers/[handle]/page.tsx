import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { getProducerByHandle } from "@/lib/data/producers"
import { listProductsByIds } from "@/lib/data/products"
import { localeAlternates } from "@/lib/util/alternates"
import { localized } from "@/lib/util/village-view"
import { ProducerTemplate } from "@/modules/producers/templates/producer-template"
import { isPlausibleHandle } from "@/lib/util/handle"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { handle } = await params
  await connection()
  const producer = isPlausibleHandle(handle) ? await getProducerByHandle(handle) : null
  if (!producer) {
    const t = await getTranslations({ locale, namespace: "meta" })
    return { title: t("notFoundTitle") }
  }
  return {
    title: producer.name,
    description: localized(locale, producer.story, producer.story_en)?.slice(0, 160) || undefined,
    alternates: localeAlternates(routing.locales, locale, `/producers/${producer.handle}`),
  }
}

export default async function ProducerPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { handle } = await params
  await connection()
  if (!isPlausibleHandle(handle)) notFound()
  const producer = await getProducerByHandle(handle)
  if (!producer) notFound()
  const products = await listProductsByIds(
    locale,
    producer.products.map((product) => product.id)
  )

  return <ProducerTemplate producer={producer} locale={locale} products={products} />
}
