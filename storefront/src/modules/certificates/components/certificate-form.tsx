"use client"

import { useActionState, useState } from "react"
import type { FormState } from "@/lib/actions/seller"
import { starsForScoreText, type CertificateFormValues } from "@/lib/certificates/form"
import { RadioCards, SelectField, TextField } from "@/modules/seller/components/field"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import { useVisibleErrors } from "@/modules/seller/components/use-visible-errors"
import formStyles from "@/modules/seller/components/seller-form.module.css"
import { EvidenceUpload } from "./evidence-upload"
import { OcopBadge } from "./ocop-badge"
import styles from "./certificate-form.module.css"
import { useCertificatesTranslations } from "./use-certificates-translations"

type CertificateAction = (previous: FormState<CertificateFormValues>, formData: FormData) => Promise<FormState<CertificateFormValues>>
type Option = { value: string; label: string }

/**
 * Submits an OCOP certificate: the product, its group, the score (the stars it earns
 * shown as it is typed, by the domain's thresholds), the decision and who issued it, and
 * a photo or PDF of the decision. Works without JavaScript (the preview then shows after
 * sending).
 */
export function CertificateForm({
  action,
  initial,
  products,
  groups,
  levels,
  today,
}: {
  action: CertificateAction
  initial: CertificateFormValues
  products: Option[]
  groups: Option[]
  levels: Option[]
  /** Today in Vietnam (YYYY-MM-DD): the latest decision date. */
  today: string
}) {
  const t = useCertificatesTranslations("certificates.seller.form")
  const badge = useCertificatesTranslations("certificates.badge")
  const [state, formAction] = useActionState(action, { values: initial, fieldErrors: {}, formError: null })
  const { errors, onChange } = useVisibleErrors(state.fieldErrors)
  const { values } = state
  const [score, setScore] = useState(values.score)
  // A new answer from the server brings the score it kept.
  const [answered, setAnswered] = useState(state)
  if (answered !== state) {
    setAnswered(state)
    setScore(state.values.score)
  }
  const stars = starsForScoreText(score)

  return (
    <form action={formAction} onChange={onChange} className={formStyles.form} noValidate>
      {state.formError && <FormAlert kind="error" message={state.formError} />}
      {/* React resets a form after its action, and a <select> takes a new defaultValue only
          when mounted: keyed by the kept value, it is mounted afresh with that choice. */}
      <SelectField
        key={`product-${values.product_id}`}
        name="product_id"
        label={t("product")}
        options={products}
        placeholder={t("productPlaceholder")}
        required
        defaultValue={values.product_id}
        error={errors.product_id}
      />
      <SelectField
        key={`group-${values.product_group}`}
        name="product_group"
        label={t("group")}
        options={groups}
        placeholder={t("groupPlaceholder")}
        required
        defaultValue={values.product_group}
        error={errors.product_group}
      />
      <div className={styles.scoreRow}>
        <TextField
          name="score"
          label={t("score")}
          hint={t("scoreHint")}
          inputMode="decimal"
          autoComplete="off"
          required
          maxLength={6}
          value={score}
          onChange={(event) => setScore(event.currentTarget.value)}
          error={errors.score}
        />
        <div className={styles.starsPreview}>
          <p className={styles.starsLabel} id="stars-preview-label">
            {t("stars")}
          </p>
          <p className={styles.starsValue} aria-live="polite" aria-labelledby="stars-preview-label" id="stars-preview">
            {stars === null ? (
              <span className="muted">{t("starsNone")}</span>
            ) : stars >= 3 ? (
              <>
                <OcopBadge stars={stars} label={badge("ocop", { stars })} size="large" />
                <span className="visually-hidden">{t("starsValue", { stars })}</span>
              </>
            ) : (
              <span className={styles.starsBelow}>{t("starsBelow", { stars })}</span>
            )}
          </p>
        </div>
      </div>
      <div className={formStyles.row2}>
        <TextField
          name="decision_number"
          label={t("decisionNumber")}
          hint={t("decisionNumberHint")}
          required
          maxLength={60}
          autoComplete="off"
          defaultValue={values.decision_number}
          error={errors.decision_number}
        />
        <TextField
          name="decision_date"
          label={t("decisionDate")}
          type="date"
          required
          max={today}
          defaultValue={values.decision_date}
          error={errors.decision_date}
        />
      </div>
      <RadioCards name="issuing_level" legend={t("issuingLevel")} options={levels} defaultValue={values.issuing_level} error={errors.issuing_level} />
      <p className={`${formStyles.note} ${styles.levelHint}`}>{t("issuingLevelHint")}</p>
      <TextField
        name="issuing_body"
        label={t("issuingBody")}
        hint={t("issuingBodyHint")}
        required
        maxLength={200}
        defaultValue={values.issuing_body}
        error={errors.issuing_body}
      />
      <EvidenceUpload initialUrl={values.evidence_url} error={errors.evidence_url} />
      <SubmitButton className={formStyles.primaryAction} pendingLabel={t("sending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  )
}
