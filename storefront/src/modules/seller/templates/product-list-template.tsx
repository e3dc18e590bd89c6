import { formatMoney } from "@cln/domain"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { ProductList } from "@/lib/data/seller"
import type { ApiFailure, SellerProductStatus } from "@/lib/seller-types"
import { totalStock, vndPriceRange } from "@/lib/util/seller-view"
import { FormAlert } from "../components/form-alert"
import { StatusChip } from "../components/status-chip"
import { NotApprovedNotice } from "./not-approved-notice"
import styles from "./seller.module.css"

export type ProductListView = {
  status: SellerProductStatus | undefined
  q: string
  page: number
  pageCount: number
}

function listHref({ status, q, page }: { status?: SellerProductStatus; q?: string; page?: number }) {
  const params = new URLSearchParams()
  if (status) params.set("status", status)
  if (q) params.set("q", q)
  if (page && page > 1) params.set("page", String(page))
  const query = params.toString()
  return `/seller/products${query ? `?${query}` : ""}`
}

export async function ProductListTemplate({
  result,
  view,
  locale,
  deleted,
}: {
  result: ProductList | ApiFailure
  view: ProductListView
  locale: AppLocale
  deleted: boolean
}) {
  const [t, common] = await Promise.all([getTranslations("seller.products"), getTranslations("seller.common")])
  const filters: { status: SellerProductStatus | undefined; label: string }[] = [
    { status: undefined, label: t("all") },
    { status: "published", label: t("published") },
    { status: "draft", label: t("draft") },
  ]

  return (
    <>
      <div className={styles.pageHead}>
        <div>
          <h1>{t("title")}</h1>
          {"count" in result && <p className={`muted ${styles.flush}`}>{t("count", { count: result.count })}</p>}
        </div>
        {"count" in result && (
          <Link href="/seller/products/new" className="button">
            {t("add")}
          </Link>
        )}
      </div>
      {deleted && <FormAlert kind="success" message={t("deleted")} />}

      {"ok" in result ? (
        <NotApprovedNotice message={result.message} />
      ) : (
        <>
          <div className={styles.toolbar}>
            <nav aria-label={t("filterLabel")} className={styles.filters}>
              {filters.map((filter) => (
                <Link
                  key={filter.label}
                  href={listHref({ status: filter.status, q: view.q })}
                  className={styles.filter}
                  aria-current={view.status === filter.status ? "page" : undefined}
                >
                  {filter.label}
                </Link>
              ))}
            </nav>
            <form role="search" method="get" className={styles.search}>
              {view.status && <input type="hidden" name="status" value={view.status} />}
              <label htmlFor="product-search" className="visually-hidden">
                {t("search")}
              </label>
              <input id="product-search" type="search" name="q" defaultValue={view.q} placeholder={t("search")} enterKeyHint="search" />
              <button type="submit" className="button button-secondary">
                {t("searchButton")}
              </button>
            </form>
          </div>

          {result.products.length === 0 ? (
            <div className={styles.empty}>
              <p>{view.q || view.status ? t("emptyFiltered") : t("empty")}</p>
              {!view.q && !view.status && (
                <Link href="/seller/products/new" className="button">
                  {t("emptyCta")}
                </Link>
              )}
            </div>
          ) : (
            <ul className={styles.items}>
              {result.products.map((product) => {
                const range = vndPriceRange(product)
                const stock = totalStock(product)
                return (
                  <li key={product.id} className={styles.item}>
                    {product.thumbnail ? (
                      <img src={product.thumbnail} alt="" width={72} height={72} loading="lazy" className={styles.itemImage} />
                    ) : (
                      <span className={styles.itemPlaceholder} aria-hidden="true" />
                    )}
                    <div className={styles.itemBody}>
                      <h2 className={styles.itemTitle}>
                        <Link href={`/seller/products/${product.id}`} className={styles.itemLink}>
                          {product.title}
                        </Link>
                      </h2>
                      <p className={styles.itemMeta}>
                        <StatusChip tone={product.status === "published" ? "success" : "neutral"}>
                          {product.status === "published" ? t("published") : t("draft")}
                        </StatusChip>
                        <span className={styles.price}>
                          {range
                            ? range.min === range.max
                              ? formatMoney(range.min, "vnd", locale)
                              : `${formatMoney(range.min, "vnd", locale)} – ${formatMoney(range.max, "vnd", locale)}`
                            : t("noPrice")}
                        </span>
                      </p>
                      <p className={styles.itemMeta}>
                        <span>{stock === null ? t("stockUnknown") : t("stock", { count: stock })}</span>
                        <span aria-hidden="true">·</span>
                        <span>{t("variants", { count: product.variants?.length ?? 0 })}</span>
                      </p>
                    </div>
                  </li>
                )
              })}
            </ul>
          )}

          {view.pageCount > 1 && (
            <nav className={styles.pager} aria-label={common("pagination")}>
              {view.page > 1 ? (
                <Link href={listHref({ status: view.status, q: view.q, page: view.page - 1 })} className="button button-secondary" rel="prev">
                  {common("previous")}
                </Link>
              ) : (
                <span />
              )}
              <span>{common("pageOf", { page: view.page, total: view.pageCount })}</span>
              {view.page < view.pageCount ? (
                <Link href={listHref({ status: view.status, q: view.q, page: view.page + 1 })} className="button button-secondary" rel="next">
                  {common("next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </>
      )}
    </>
  )
}
