import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import type { ProductCardView } from "@/lib/util/product-card"
import { ProductGrid } from "./product-grid"

/** Other products of the same craft, below the description. */
export async function RelatedProducts({ cards, locale }: { cards: ProductCardView[]; locale: AppLocale }) {
  if (!cards.length) return null
  const t = await getTranslations("product")
  return (
    <section aria-labelledby="related-title">
      <h2 id="related-title">{t("related")}</h2>
      <ProductGrid cards={cards} locale={locale} headingLevel="h3" />
    </section>
  )
}
