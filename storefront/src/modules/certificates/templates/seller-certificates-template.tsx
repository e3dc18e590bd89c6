import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { setMarkClaim, submitCertificate } from "@/lib/actions/certificates"
import { emptyCertificateForm } from "@/lib/certificates/form"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import type { MarkRight, ProducerCertificate } from "@/lib/certificates/types"
import {
  certificateStatusTone,
  formatCertificateDate,
  formatScore,
  markKindLabel,
  markName,
  ocopStars,
  productGroupLabel,
  productGroupOptions,
  rightStatusTone,
} from "@/lib/certificates/view"
import type { ApiFailure } from "@/lib/seller-types"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { StatusChip } from "@/modules/seller/components/status-chip"
import panel from "@/modules/seller/templates/seller.module.css"
import { NotApprovedNotice } from "@/modules/seller/templates/not-approved-notice"
import { CertificateForm } from "../components/certificate-form"
import { MarkClaimForm } from "../components/mark-claim-form"
import { OcopBadge } from "../components/ocop-badge"
import styles from "./seller-certificates.module.css"

/**
 * The producer's certificates page: the OCOP certificates sent and where each stands
 * (with the officer's reason when refused), the form to send one, and the rights to use
 * GIs and marks the business holds.
 */
export async function SellerCertificatesTemplate({
  locale,
  certificates,
  rights,
  products,
  today,
  submitted,
}: {
  locale: AppLocale
  certificates: ProducerCertificate[] | ApiFailure
  rights: MarkRight[] | ApiFailure
  /** The producer's own products, for the form and the mark claims. */
  products: { id: string; title: string; handle: string | null }[]
  today: string
  submitted: boolean
}) {
  const [t, form, status, rightsT, levels, badge] = await Promise.all([
    getCertificatesTranslations("certificates.seller"),
    getCertificatesTranslations("certificates.seller.form"),
    getCertificatesTranslations("certificates.seller.status"),
    getCertificatesTranslations("certificates.seller.rights"),
    getCertificatesTranslations("certificates.levels"),
    getCertificatesTranslations("certificates.badge"),
  ])
  const levelName = (level: string | null | undefined) => (level === "province" || level === "central" ? levels(level) : (level ?? ""))
  const statusName = (value: string) => (status.has(value as never) ? status(value as never) : value)
  const rightStatusName = (value: string) => (rightsT.has(`status.${value}` as never) ? rightsT(`status.${value}` as never) : value)

  return (
    <>
      <div className={panel.pageHead}>
        <h1>{t("title")}</h1>
      </div>
      <p className={styles.lead}>{t("lead")}</p>
      {submitted && <FormAlert kind="success" message={t("submitted")} />}

      <section className={styles.section} aria-labelledby="certificates-title">
        <h2 id="certificates-title">{t("listTitle")}</h2>
        {"ok" in certificates ? (
          <NotApprovedNotice message={certificates.message} />
        ) : certificates.length === 0 ? (
          <p className={styles.empty}>{t("empty")}</p>
        ) : (
          <ul className={styles.list} aria-label={t("listLabel")}>
            {certificates.map((certificate) => {
              const stars = ocopStars(certificate.stars)
              const date = formatCertificateDate(certificate.decision_date, locale)
              const validUntil = formatCertificateDate(certificate.valid_until, locale)
              const score = formatScore(certificate.score, locale)
              const group = productGroupLabel(certificate.product_group, locale)
              return (
                <li key={certificate.id} className={styles.item} data-status={certificate.status}>
                  <div className={styles.itemHead}>
                    <h3 className={styles.itemTitle}>{certificate.product?.title ?? "—"}</h3>
                    <StatusChip tone={certificateStatusTone(certificate.status)}>{statusName(certificate.status)}</StatusChip>
                  </div>
                  <p className={styles.meta}>
                    {stars !== null && <OcopBadge stars={stars} label={badge("ocop", { stars })} />}
                    {score && <span>{t("score", { score })}</span>}
                    {group && <span>{group}</span>}
                  </p>
                  {certificate.certificate_number && (
                    <p className={styles.meta}>
                      <span>{t("certificateNumber", { number: certificate.certificate_number })}</span>
                    </p>
                  )}
                  {certificate.decision_number && (
                    <p className={styles.meta}>
                      <span>{date ? t("decision", { number: certificate.decision_number, date }) : certificate.decision_number}</span>
                    </p>
                  )}
                  {certificate.issuing_body && (
                    <p className={styles.meta}>
                      <span>{t("issuedBy", { body: certificate.issuing_body, level: levelName(certificate.issuing_level) })}</span>
                    </p>
                  )}
                  {validUntil && (
                    <p className={styles.meta}>
                      <span>{t("validUntil", { date: validUntil })}</span>
                    </p>
                  )}
                  {certificate.status_reason && (certificate.status === "rejected" || certificate.status === "revoked") && (
                    <p className={styles.reason}>{t("reason", { reason: certificate.status_reason })}</p>
                  )}
                  {certificate.evidence_url && (
                    <p className={styles.meta}>
                      <a href={certificate.evidence_url} target="_blank" rel="noreferrer">
                        {t("evidence")}
                      </a>
                    </p>
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </section>

      {!("ok" in certificates) && (
        <section id="new-certificate" className={`${panel.card} ${styles.section}`} aria-labelledby="new-certificate-title">
          <h2 id="new-certificate-title">{form("title")}</h2>
          <p className={styles.note}>{form("lead")}</p>
          {products.length === 0 ? (
            <p>
              {form("noProducts")} <Link href="/seller/products/new">→</Link>
            </p>
          ) : (
            <CertificateForm
              action={submitCertificate.bind(null, products.map((product) => product.id))}
              initial={emptyCertificateForm()}
              products={products.map((product) => ({ value: product.id, label: product.title }))}
              groups={productGroupOptions(locale)}
              levels={[
                { value: "province", label: levels("province") },
                { value: "central", label: levels("central") },
              ]}
              today={today}
            />
          )}
        </section>
      )}

      <section className={styles.section} aria-labelledby="rights-title">
        <h2 id="rights-title">{rightsT("title")}</h2>
        <p className={styles.note}>{rightsT("lead")}</p>
        {"ok" in rights ? (
          <NotApprovedNotice message={rights.message} />
        ) : rights.length === 0 ? (
          <p className={styles.empty}>{rightsT("empty")}</p>
        ) : (
          <ul className={styles.list} aria-label={rightsT("title")}>
            {rights.map((right) => {
              const granted = formatCertificateDate(right.granted_at, locale)
              const expires = formatCertificateDate(right.expires_at, locale)
              const name = right.mark ? markName(right.mark, locale) : "—"
              return (
                <li key={right.id} className={styles.item}>
                  <div className={styles.itemHead}>
                    <h3 className={styles.itemTitle}>{name}</h3>
                    <StatusChip tone={rightStatusTone(right.status)}>{rightStatusName(right.status)}</StatusChip>
                  </div>
                  {right.mark && (
                    <p className={styles.meta}>
                      <span>{markKindLabel(right.mark.kind, locale)}</span>
                      {right.mark.certificate_number && <span>{rightsT("certificateNumber", { number: right.mark.certificate_number })}</span>}
                    </p>
                  )}
                  <p className={styles.meta}>
                    {granted && <span>{rightsT("granted", { date: granted })}</span>}
                    <span>{expires ? rightsT("expires", { date: expires }) : rightsT("noExpiry")}</span>
                  </p>
                  {right.revoked_reason && right.status === "revoked" && (
                    <p className={styles.reason}>{rightsT("revokedReason", { reason: right.revoked_reason })}</p>
                  )}
                  {right.mark?.handle && (
                    <p className={styles.meta}>
                      <Link href={`/marks/${right.mark.handle}`}>{rightsT("openMark", { name })}</Link>
                    </p>
                  )}
                  {right.mark && right.status === "current" && products.length > 0 && (
                    <div className={styles.claims}>
                      <h4 className={styles.claimsTitle}>{rightsT("productsTitle")}</h4>
                      <p className={styles.note}>{rightsT("claimHint")}</p>
                      {products.map((product) => (
                        <MarkClaimForm
                          key={product.id}
                          action={setMarkClaim.bind(null, {
                            productId: product.id,
                            productHandle: product.handle,
                            markId: right.mark!.id,
                            markHandle: right.mark!.handle,
                          })}
                          product={product.title}
                          mark={name}
                          claimed={(right.claimed_product_ids ?? []).includes(product.id)}
                        />
                      ))}
                    </div>
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </section>
    </>
  )
}
