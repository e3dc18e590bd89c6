import type { AppLocale } from "@/i18n/routing"
import type { TraceTranslator } from "@/lib/trace/i18n"
import type { ScanPlace, ScanVerdict } from "@/lib/trace/types"
import { formatScanPlace, presentVerdict } from "@/lib/trace/view"
import styles from "../templates/trace-template.module.css"

/**
 * The first thing a shopper reads after scanning: is this genuine, has this code been
 * scanned before, and anything that looks like a copied label.
 */
export function VerdictBanner({
  verdict,
  places,
  chainValid,
  locale,
  t,
}: {
  verdict: ScanVerdict
  /** Distinct recent scan places, for the "far apart" warning. */
  places: ScanPlace[]
  chainValid: boolean
  locale: AppLocale
  t: TraceTranslator
}) {
  const shown = presentVerdict(verdict, chainValid, locale)
  const showWarnings = verdict.warnings.length > 0 && shown.kind !== "unknown_code"

  return (
    <section className={`${styles.verdict} ${styles[shown.tone]}`} aria-labelledby="verdict-title" data-verdict={shown.kind}>
      <span className={styles.icon} aria-hidden="true">
        {shown.tone === "ok" ? "✓" : "!"}
      </span>
      <div>
        <h2 id="verdict-title">
          <span className="visually-hidden">{`${t("verdict.label")}: `}</span>
          {t(`verdict.${shown.title}`)}
        </h2>
        <p>{t(`verdict.${shown.text}`, { date: "", place: "", ...shown.values })}</p>
        {showWarnings && (
          <ul>
            {verdict.warnings.includes("many_scans") && <li>{t("verdict.manyScans", { count: verdict.count })}</li>}
            {verdict.warnings.includes("far_apart") && (
              <li>{t("verdict.farApart", { places: placeList([verdict.first_place, ...places], locale) })}</li>
            )}
          </ul>
        )}
      </div>
    </section>
  )
}

function placeList(places: Array<ScanPlace | null>, locale: AppLocale): string {
  const names = places.map((place) => formatScanPlace(place, locale)).filter((name): name is string => Boolean(name))
  return [...new Set(names)].slice(0, 4).join("; ") || "?"
}
