import type { AppLocale } from "@/i18n/routing"
import type { GeoMarkBadge, OcopBadge as OcopBadgeData } from "@/lib/certificates/types"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import { formatCertificateDate, formatScore, markKindKey, markKindLabel, markName, ocopStars, productGroupLabel } from "@/lib/certificates/view"
import sections from "@/modules/villages/components/page-sections.module.css"
import { MarkBadge } from "./mark-badge"
import { OcopBadge } from "./ocop-badge"
import styles from "./certificate-panel.module.css"

/**
 * The product page's certificates: the OCOP decision (number, date, issuer and level,
 * validity, score, product group) and each GI or mark with its certificate number and a
 * link to its page. Nothing when the product has neither.
 */
export async function CertificatePanel({
  product,
  locale,
}: {
  product: { ocop_badge?: OcopBadgeData | null; geo_marks?: GeoMarkBadge[] | null }
  locale: AppLocale
}) {
  const ocop = product.ocop_badge
  const stars = ocopStars(ocop?.stars)
  const marks = product.geo_marks ?? []
  if ((!ocop || stars === null) && marks.length === 0) return null
  const [t, badge, levels, short] = await Promise.all([
    getCertificatesTranslations("certificates.panel"),
    getCertificatesTranslations("certificates.badge"),
    getCertificatesTranslations("certificates.levels"),
    getCertificatesTranslations("certificates.kindsShort"),
  ])
  const level = ocop?.issuing_level === "province" || ocop?.issuing_level === "central" ? levels(ocop.issuing_level) : ocop?.issuing_level
  const score = formatScore(ocop?.score, locale)
  const facts = ocop
    ? [
        { label: t("ocopCertificateNumber"), value: ocop.certificate_number ?? null },
        { label: t("decision"), value: ocop.decision_number },
        { label: t("decisionDate"), value: formatCertificateDate(ocop.decision_date, locale) },
        { label: t("issuingBody"), value: ocop.issuing_body },
        { label: t("issuingLevel"), value: level },
        { label: t("validUntil"), value: formatCertificateDate(ocop.valid_until, locale) },
        { label: t("score"), value: score ? t("scoreValue", { score }) : null },
        { label: t("productGroup"), value: productGroupLabel(ocop.product_group, locale) },
      ].filter((fact): fact is { label: string; value: string } => Boolean(fact.value))
    : []

  return (
    <section className={`${sections.panel} ${styles.panel}`} aria-labelledby="certificates-title">
      <h2 id="certificates-title">{t("title")}</h2>
      {ocop && stars !== null && (
        <div className={styles.block}>
          <div className={styles.ocopHead}>
            <OcopBadge stars={stars} label={badge("ocop", { stars })} size="large" />
            <h3 className={styles.blockTitle}>{t("ocopTitle", { stars })}</h3>
          </div>
          <p className={styles.lead}>{t("ocopLead")}</p>
          <dl className={sections.facts}>
            {facts.map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {marks.length > 0 && (
        <div className={styles.block}>
          <h3 className={styles.blockTitle}>{t("marksTitle")}</h3>
          <ul className={styles.marks}>
            {marks.map((mark) => (
              <li key={mark.id}>
                <MarkBadge
                  handle={mark.handle}
                  name={markName(mark, locale)}
                  kindShort={short(markKindKey(mark.kind))}
                  kindName={markKindLabel(mark.kind, locale)}
                  size="large"
                />
                <p className={styles.markMeta}>
                  {markKindLabel(mark.kind, locale)}
                  {mark.certificate_number && (
                    <>
                      {" · "}
                      {t("certificateNumber", { number: mark.certificate_number })}
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
