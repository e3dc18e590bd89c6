import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import type { MarkSummary } from "@/lib/certificates/types"
import { markName } from "@/lib/certificates/view"
import { hasCertificateFilter, productListQuery, STAR_FILTERS, type StarFilter } from "@/lib/util/search-params"
import chips from "@/modules/products/components/craft-filter.module.css"
import styles from "./certificate-filter.module.css"

/**
 * The product list's certificate filters, usable without JavaScript: OCOP star floors as
 * links, the mark as a GET form. Each keeps the craft and the other filter, and goes back
 * to page 1.
 */
export async function CertificateFilter({
  locale,
  marks,
  craft,
  stars,
  mark,
}: {
  locale: AppLocale
  marks: MarkSummary[]
  craft: string | undefined
  stars: StarFilter | undefined
  mark: string | undefined
}) {
  const t = await getCertificatesTranslations("certificates.filters")
  const href = (next: { stars?: StarFilter; mark?: string }) => `/products${productListQuery({ craft, ...next })}`

  return (
    <div className={styles.filters}>
      <nav aria-label={t("starsLabel")} className={chips.filter}>
        <ul className={chips.chips}>
          <li>
            <Link href={href({ mark })} className={chips.chip} aria-current={stars ? undefined : "page"}>
              {t("anyStars")}
            </Link>
          </li>
          {STAR_FILTERS.map((floor) => (
            <li key={floor}>
              <Link href={href({ stars: floor, mark })} className={`${chips.chip} ${styles.starChip}`} aria-current={stars === floor ? "page" : undefined}>
                {floor}
                <span aria-hidden="true">★</span>
                <span className="visually-hidden"> {t("starWord")}</span>
                {/* 5★ is the top rating: "and up" would add nothing. */}
                {floor < 5 && <> {t("andUp")}</>}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {marks.length > 0 && (
        <form method="get" action={`/${locale}/products`} className={styles.markForm}>
          {craft && <input type="hidden" name="craft" value={craft} />}
          {stars && <input type="hidden" name="stars" value={stars} />}
          <label htmlFor="mark-filter" className={styles.markLabel}>
            {t("markLabel")}
          </label>
          <div className={styles.markRow}>
            <select id="mark-filter" name="mark" defaultValue={mark ?? ""} className={styles.markSelect}>
              <option value="">{t("anyMark")}</option>
              {marks.map((candidate) => (
                <option key={candidate.handle} value={candidate.handle}>
                  {markName(candidate, locale)}
                </option>
              ))}
            </select>
            <button type="submit" className="button button-secondary">
              {t("apply")}
            </button>
          </div>
        </form>
      )}
      {hasCertificateFilter({ stars, mark }) && (
        <p className={styles.clear}>
          <Link href={`/products${productListQuery({ craft })}`}>{t("clear")}</Link>
        </p>
      )}
    </div>
  )
}
