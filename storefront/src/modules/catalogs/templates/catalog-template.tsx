import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import type { StoreCatalog } from "@/lib/catalogs/types"
import { catalogLastDay, catalogText, storyParagraphs } from "@/lib/catalogs/view"
import type { ShopProduct } from "@/lib/types"
import { productCardFromProduct } from "@/lib/util/product-card"
import { ProductGrid } from "@/modules/products/components/product-grid"
import styles from "./catalog-template.module.css"

/**
 * A featured catalog as an editorial page: the officers' title and story, then the
 * products in the order they chose. At a display point the point's name leads.
 */
export async function CatalogTemplate({
  catalog,
  products,
  locale,
  pointName,
}: {
  catalog: StoreCatalog
  products: ShopProduct[]
  locale: AppLocale
  pointName?: string
}) {
  const t = await getTranslations({ locale, namespace: "catalogs" })
  const { title, story } = catalogText(catalog, locale)
  const lastDay = catalogLastDay(catalog, locale)
  return (
    <article className={styles.page}>
      <header className={styles.hero}>
        {catalog.hero_image_url && <img className={styles.heroImage} src={catalog.hero_image_url} alt="" width={1200} height={480} />}
        <p className={styles.eyebrow}>{pointName ? t("atPoint", { name: pointName }) : t("eyebrow")}</p>
        <h1 className={styles.title}>{title}</h1>
        {story && (
          <div className={styles.story}>
            {storyParagraphs(story).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        )}
        <p className={styles.meta}>
          {t("productCount", { count: products.length })}
          {lastDay ? ` · ${t("until", { date: lastDay })}` : ""}
        </p>
      </header>
      {products.length ? <ProductGrid cards={products.map(productCardFromProduct)} locale={locale} headingLevel="h2" /> : <p className={styles.empty}>{t("empty")}</p>}
    </article>
  )
}
