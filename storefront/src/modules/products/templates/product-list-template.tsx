import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { MarkSummary } from "@/lib/certificates/types"
import type { ProductCardPage } from "@/lib/data/products"
import type { CraftCategory } from "@/lib/types"
import { hasCertificateFilter, productListQuery, type StarFilter } from "@/lib/util/search-params"
import { CertificateFilter } from "@/modules/certificates/components/certificate-filter"
import { CraftFilter } from "../components/craft-filter"
import { Pagination } from "../components/pagination"
import { ProductGrid } from "../components/product-grid"
import styles from "./product-list-template.module.css"

export async function ProductListTemplate({
  locale,
  crafts,
  craft,
  marks,
  stars,
  mark,
  result,
}: {
  locale: AppLocale
  crafts: CraftCategory[]
  craft: CraftCategory | null
  /** Every mark, for the mark filter. */
  marks: MarkSummary[]
  stars: StarFilter | undefined
  /** The chosen mark's handle. */
  mark: string | undefined
  result: ProductCardPage
}) {
  const t = await getTranslations("products")
  const filtered = Boolean(craft) || hasCertificateFilter({ stars, mark })

  return (
    <div className="container section">
      <header className={styles.head}>
        <h1 className={styles.title}>{craft ? craft.name : t("title")}</h1>
        {craft?.description && <p className={styles.lead}>{craft.description}</p>}
        <p className="muted">{t("count", { count: result.count })}</p>
      </header>
      <CraftFilter crafts={crafts} active={craft?.handle} keep={{ stars, mark }} />
      <CertificateFilter locale={locale} marks={marks} craft={craft?.handle} stars={stars} mark={mark} />
      {result.cards.length > 0 ? (
        <ProductGrid cards={result.cards} locale={locale} headingLevel="h2" />
      ) : (
        <div className={styles.empty}>
          <p>{t("empty")}</p>
          {filtered && (
            <Link href={`/products${productListQuery({})}`} className="button button-secondary">
              {t("showAll")}
            </Link>
          )}
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} filters={{ craft: craft?.handle, stars, mark }} />
    </div>
  )
}
