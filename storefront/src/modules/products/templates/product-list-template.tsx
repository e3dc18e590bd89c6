import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { ProductPage } from "@/lib/data/products"
import type { CraftCategory } from "@/lib/types"
import { CraftFilter } from "../components/craft-filter"
import { Pagination } from "../components/pagination"
import { ProductGrid } from "../components/product-grid"
import styles from "./product-list-template.module.css"

export async function ProductListTemplate({
  locale,
  crafts,
  craft,
  result,
}: {
  locale: AppLocale
  crafts: CraftCategory[]
  craft: CraftCategory | null
  result: ProductPage
}) {
  const t = await getTranslations("products")

  return (
    <div className="container section">
      <header className={styles.head}>
        <h1 className={styles.title}>{craft ? craft.name : t("title")}</h1>
        {craft?.description && <p className={styles.lead}>{craft.description}</p>}
        <p className="muted">{t("count", { count: result.count })}</p>
      </header>
      <CraftFilter crafts={crafts} active={craft?.handle} />
      {result.products.length > 0 ? (
        <ProductGrid products={result.products} locale={locale} headingLevel="h2" />
      ) : (
        <div className={styles.empty}>
          <p>{t("empty")}</p>
          {craft && (
            <Link href="/products" className="button button-secondary">
              {t("showAll")}
            </Link>
          )}
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} craft={craft?.handle} />
    </div>
  )
}
