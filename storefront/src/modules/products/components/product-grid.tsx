import type { AppLocale } from "@/i18n/routing"
import type { ShopProduct } from "@/lib/types"
import { ProductCard } from "./product-card"
import styles from "./product-grid.module.css"

/** Two columns on phones, three on tablets, four on desktops. */
export function ProductGrid({
  products,
  locale,
  headingLevel,
}: {
  products: ShopProduct[]
  locale: AppLocale
  headingLevel?: "h2" | "h3" | "h4"
}) {
  return (
    <ul className={styles.grid}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} priority={index < 4} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
