import { getSearchTranslations } from "../i18n"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { SearchFacetValue, SearchPage } from "@/lib/data/search"
import { pageWindow } from "@/lib/util/pagination"
import { productCardFromProduct } from "@/lib/util/product-card"
import { ProductCard } from "@/modules/products/components/product-card"
import { FacetList, type FacetLink } from "../components/facet-list"
import { SearchForm } from "../components/search-form"
import { hasFilters, searchHref, withFilters, type SearchFilterKey, type SearchState } from "../query"
import styles from "./search-template.module.css"

type Props = { locale: AppLocale; state: SearchState; result: SearchPage }

const PRICE_KEYS = ["under-200k", "200k-500k", "500k-1m", "over-1m"] as const
const isPriceKey = (key: string): key is (typeof PRICE_KEYS)[number] => (PRICE_KEYS as readonly string[]).includes(key)

export async function SearchTemplate({ locale, state, result }: Props) {
  const t = await getSearchTranslations("search")
  const countLabel = (count: number) => t("count", { count })

  const valueLinks = (facet: SearchFacetValue[], key: SearchFilterKey, label: (v: SearchFacetValue) => string = (v) => v.label): FacetLink[] =>
    facet.map((v) => {
      const active = String(state[key] ?? "") === v.value
      return { key: v.value, label: label(v), count: v.count, active, href: searchHref(withFilters(state, { [key]: active ? undefined : v.value })) }
    })
  const priceLinks: FacetLink[] = result.facets.price.map((v) => {
    const active = state.price_min === v.min && state.price_max === v.max
    return {
      key: v.value,
      label: isPriceKey(v.value) ? t(`price.${v.value}`) : v.value,
      count: v.count,
      active,
      href: searchHref(withFilters(state, active ? { price_min: undefined, price_max: undefined } : { price_min: v.min, price_max: v.max })),
    }
  })

  const facets: { title: string; links: FacetLink[] }[] = [
    { title: t("facet.craft"), links: valueLinks(result.facets.craft, "craft") },
    { title: t("facet.village"), links: valueLinks(result.facets.village, "village") },
    { title: t("facet.province"), links: valueLinks(result.facets.province, "province") },
    { title: t("facet.stars"), links: valueLinks(result.facets.stars, "min_stars", (v) => t("starsAtLeast", { stars: Number(v.value) })) },
    { title: t("facet.mark"), links: valueLinks(result.facets.mark, "mark") },
    { title: t("facet.price"), links: priceLinks },
  ]
  const active = facets.flatMap((f) => f.links.filter((l) => l.active).map((l) => ({ ...l, facet: f.title })))
  const pageHref = (page: number) => searchHref({ ...state, page })

  return (
    <div className={`container ${styles.page}`}>
      <h1 className={styles.title}>{t("title")}</h1>
      <SearchForm locale={locale} q={state.q} />
      <p className={styles.summary} role="status" data-testid="search-count" data-count={result.count}>
        {state.q ? t("resultsFor", { count: result.count, q: state.q }) : t("results", { count: result.count })}
      </p>
      {hasFilters(state) && (
        <div className={styles.active}>
          <span className={styles.activeLabel}>{t("activeFilters")}:</span>
          <ul className={styles.chips}>
            {active.map((a) => (
              <li key={`${a.facet}-${a.key}`}>
                <Link href={a.href} className={styles.chip} aria-label={t("removeFilter", { label: a.label })}>
                  {a.label} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
            <li>
              <Link href={searchHref({ q: state.q })} className={styles.clear}>
                {t("clearAll")}
              </Link>
            </li>
          </ul>
        </div>
      )}
      <div className={styles.layout}>
        <aside className={styles.facets} aria-label={t("filters")}>
          <h2 className={styles.facetsTitle}>{t("filters")}</h2>
          {facets.map((f) => (
            <FacetList key={f.title} title={f.title} links={f.links} countLabel={countLabel} />
          ))}
        </aside>
        <section className={styles.results} aria-label={t("title")}>
          {result.products.length === 0 ? (
            <div className={styles.empty}>
              <h2>{t("empty.title")}</h2>
              <p>{t("empty.text")}</p>
              <Link href="/products">{t("empty.browse")}</Link>
            </div>
          ) : (
            <ul className={styles.grid} data-testid="search-results">
              {result.products.map((product, index) => (
                <li key={product.id}>
                  <ProductCard card={productCardFromProduct(product)} locale={locale} priority={index < 2} headingLevel="h2" />
                </li>
              ))}
            </ul>
          )}
          {result.page_count > 1 && (
            <nav aria-label={t("pagination")} className={styles.pagination}>
              <p className="visually-hidden">{t("pageOf", { page: state.page, total: result.page_count })}</p>
              <ul>
                {state.page > 1 && (
                  <li>
                    <Link href={pageHref(state.page - 1)} rel="prev">
                      ‹ {t("previous")}
                    </Link>
                  </li>
                )}
                {pageWindow(state.page, result.page_count).map((entry, i) =>
                  entry === "gap" ? (
                    <li key={`gap-${i}`} aria-hidden="true">
                      …
                    </li>
                  ) : (
                    <li key={entry}>
                      <Link href={pageHref(entry)} aria-current={entry === state.page ? "page" : undefined} aria-label={t("page", { page: entry })}>
                        {entry}
                      </Link>
                    </li>
                  )
                )}
                {state.page < result.page_count && (
                  <li>
                    <Link href={pageHref(state.page + 1)} rel="next">
                      {t("next")} ›
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </section>
      </div>
    </div>
  )
}
