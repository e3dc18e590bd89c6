import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import type { ShopProduct } from "@/lib/types"
import { ProductGrid } from "./product-grid"

/** Other products of the same craft, below the description. */
export async function RelatedProducts({ products, locale }: { products: ShopProduct[]; locale: AppLocale }) {
  if (!products.length) return null
  const t = await getTranslations("product")
  return (
    <section aria-labelledby="related-title">
      <h2 id="related-title">{t("related")}</h2>
      <ProductGrid products={products} locale={locale} headingLevel="h3" />
    </section>
  )
}
