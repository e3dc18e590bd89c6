import type { AppLocale } from "@/i18n/routing"
import type { TraceTranslator } from "@/lib/trace/i18n"
import type { TraceCertificateView } from "@/lib/trace/types"
import { formatTraceDate, ocopStars } from "@/lib/trace/view"
import styles from "../templates/trace-template.module.css"

/** OCOP stars, geographical indications and collective marks (recorded by issue 5's certificates). */
export function CertificateList({
  certificates,
  locale,
  t,
}: {
  certificates: TraceCertificateView[]
  locale: AppLocale
  t: TraceTranslator
}) {
  return (
    <section id="certificates" className={styles.section} aria-labelledby="certificates-title">
      <h2 id="certificates-title">{t("certificates.title")}</h2>
      {certificates.length === 0 ? (
        <p className="muted">{t("certificates.none")}</p>
      ) : (
        <ul className={styles.certificates}>
          {certificates.map((certificate, index) => {
            const stars = ocopStars(certificate.stars)
            const validUntil = formatTraceDate(certificate.valid_until, locale, false)
            return (
              <li key={`${certificate.number ?? index}`}>
                {stars !== null && (
                  <p>
                    <span className={styles.stars} aria-hidden="true">
                      {"★".repeat(stars)}
                    </span>{" "}
                    {t("certificates.ocop", { stars })}
                  </p>
                )}
                {certificate.name && <p><strong>{certificate.name}</strong></p>}
                {certificate.issuer && <p className="muted">{t("certificates.issuer", { issuer: certificate.issuer })}</p>}
                {certificate.number && <p className="muted">{t("certificates.number", { number: certificate.number })}</p>}
                {validUntil && <p className="muted">{t("certificates.validUntil", { date: validUntil })}</p>}
                {certificate.url && <a href={certificate.url}>{t("certificates.view")}</a>}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
