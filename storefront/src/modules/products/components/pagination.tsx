import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { pageWindow } from "@/lib/util/pagination"
import { productListQuery, type ProductListFilters } from "@/lib/util/search-params"
import styles from "./pagination.module.css"

export async function Pagination({
  page,
  pageCount,
  filters = {},
}: {
  page: number
  pageCount: number
  /** The list's filters, kept on every page. */
  filters?: Omit<ProductListFilters, "page">
}) {
  if (pageCount <= 1) return null
  const t = await getTranslations("products")
  const href = (target: number) => `/products${productListQuery({ ...filters, page: target })}`

  return (
    <nav aria-label={t("pagination")} className={styles.pagination}>
      <p className="visually-hidden">{t("pageOf", { page, total: pageCount })}</p>
      <ul className={styles.list}>
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} className={styles.step} rel="prev">
              <span aria-hidden="true">‹</span> {t("previous")}
            </Link>
          ) : (
            <span className={`${styles.step} ${styles.disabled}`} aria-disabled="true">
              <span aria-hidden="true">‹</span> {t("previous")}
            </span>
          )}
        </li>
        {pageWindow(page, pageCount).map((entry, index) =>
          entry === "gap" ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={entry} className={styles.number}>
              <Link
                href={href(entry)}
                className={styles.page}
                aria-current={entry === page ? "page" : undefined}
                aria-label={t("page", { page: entry })}
              >
                {entry}
              </Link>
            </li>
          )
        )}
        <li>
          {page < pageCount ? (
            <Link href={href(page + 1)} className={styles.step} rel="next">
              {t("next")} <span aria-hidden="true">›</span>
            </Link>
          ) : (
            <span className={`${styles.step} ${styles.disabled}`} aria-disabled="true">
              {t("next")} <span aria-hidden="true">›</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  )
}
