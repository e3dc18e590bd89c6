import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { listProductCrafts, requireSeller } from "@/lib/data/seller"
import { emptyProductForm } from "@/lib/util/seller-product-form"
import { ProductNewTemplate } from "@/modules/seller/templates/product-edit-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.meta" })
  return { title: t("newProductTitle") }
}

export default async function NewProductPage({ params }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const session = await requireSeller()
  // Only an approved producer can list products; the overview says why not.
  if (session.producer.status !== "approved") redirect(`/${locale}/seller`)
  const crafts = await listProductCrafts(locale)
  return <ProductNewTemplate crafts={crafts} initial={emptyProductForm()} />
}
