import type { AppLocale } from "@/i18n/routing"
import type { TraceTranslator } from "@/lib/trace/i18n"
import type { TraceLotView } from "@/lib/trace/types"
import { formatNumber, formatTraceDate, formatUnit } from "@/lib/trace/view"
import styles from "../templates/trace-template.module.css"

/** Lot number, quantity, production and expiry dates, and the raw-material zone it came from. */
export function LotDetails({ lot, locale, t }: { lot: TraceLotView | null; locale: AppLocale; t: TraceTranslator }) {
  if (!lot) {
    return (
      <section className={styles.section} aria-labelledby="lot-title">
        <h2 id="lot-title">{t("lot.title")}</h2>
        <p className="muted">{t("lot.none")}</p>
      </section>
    )
  }
  const produced = formatTraceDate(lot.produced_at, locale, false)
  const expires = formatTraceDate(lot.expires_at, locale, false)
  const zone = lot.zone
  const zonePlace = zone ? [zone.commune, zone.province].filter(Boolean).join(", ") : ""

  return (
    <section className={styles.section} aria-labelledby="lot-title">
      <h2 id="lot-title">{t("lot.title")}</h2>
      <dl className={styles.facts}>
        <div>
          <dt>{t("lot.number")}</dt>
          <dd>{lot.lot_number}</dd>
        </div>
        {lot.quantity != null && (
          <div>
            <dt>{t("lot.quantity")}</dt>
            <dd>{`${formatNumber(lot.quantity, locale)} ${formatUnit(lot.uom, locale)}`.trim()}</dd>
          </div>
        )}
        {produced && (
          <div>
            <dt>{t("lot.producedAt")}</dt>
            <dd>
              <time dateTime={lot.produced_at ?? undefined}>{produced}</time>
            </dd>
          </div>
        )}
        {expires && (
          <div>
            <dt>{t("lot.expiresAt")}</dt>
            <dd>
              <time dateTime={lot.expires_at ?? undefined}>{expires}</time>
            </dd>
          </div>
        )}
      </dl>
      {zone && (
        <div className={styles.zone}>
          <h3>{`${t("lot.zone")}: ${zone.name}`}</h3>
          {zonePlace && <p className="muted">{zonePlace}</p>}
          <dl className={styles.facts}>
            {zone.area_ha != null && (
              <div>
                <dt>{t("lot.zoneArea")}</dt>
                <dd>{t("lot.hectares", { area: formatNumber(zone.area_ha, locale) })}</dd>
              </div>
            )}
            {zone.certifications.length > 0 && (
              <div>
                <dt>{t("lot.zoneCertifications")}</dt>
                <dd>
                  <ul className={styles.chips}>
                    {zone.certifications.map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
        </div>
      )}
    </section>
  )
}
