import type { AppLocale } from "@/i18n/routing"
import type { ProductCardView } from "@/lib/util/product-card"
import { ProductCard } from "./product-card"
import styles from "./product-grid.module.css"

/** Two columns on phones, three on tablets, four on desktops. */
export function ProductGrid({
  cards,
  locale,
  headingLevel,
}: {
  cards: ProductCardView[]
  locale: AppLocale
  headingLevel?: "h2" | "h3" | "h4"
}) {
  return (
    <ul className={styles.grid}>
      {cards.map((card, index) => (
        <li key={card.id}>
          <ProductCard card={card} locale={locale} priority={index < 4} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
