"use client"

import { useActionState } from "react"
import type { FormState } from "@/lib/actions/seller"
import { CERTIFICATIONS, type ZoneFormValues } from "@/lib/lots/forms"
import { fieldId, TextField } from "@/modules/seller/components/field"
import fieldStyles from "@/modules/seller/components/field.module.css"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import { useVisibleErrors } from "@/modules/seller/components/use-visible-errors"
import formStyles from "@/modules/seller/components/seller-form.module.css"
import styles from "./lots-forms.module.css"
import { useLotsTranslations } from "./use-lots-translations"

type ZoneAction = (previous: FormState<ZoneFormValues>, formData: FormData) => Promise<FormState<ZoneFormValues>>

const CERT_KEYS = { VietGAP: "vietgap", GlobalGAP: "globalgap", "TCVN 11041": "organicTcvn", PGS: "organicPgs" } as const

/**
 * Adds a raw-material zone (a tea hill, a bamboo forest) with its certifications. Folded
 * away until needed; it opens by itself to show what went wrong.
 */
export function ZoneForm({ action, initial, zoneCount }: { action: ZoneAction; initial: ZoneFormValues; zoneCount: number }) {
  const t = useLotsTranslations("lots.zone")
  const common = useLotsTranslations("lots.common")
  const [state, formAction] = useActionState(action, { values: initial, fieldErrors: {}, formError: null })
  const { errors, onChange } = useVisibleErrors(state.fieldErrors)
  const { values } = state
  const certError = errors.certifications
  const certErrorId = certError ? `${fieldId("certifications")}-error` : undefined

  const failed = Boolean(state.formError) || Object.keys(state.fieldErrors).length > 0

  return (
    <details className={styles.disclosure} open={failed || undefined}>
      <summary className={styles.disclosureSummary}>
        <h2 className={styles.disclosureTitle}>{t("title")}</h2>
        <span className={styles.disclosureMeta}>{t("existing", { count: zoneCount })}</span>
      </summary>
      <p className="muted">{t("lead")}</p>
      <form action={formAction} onChange={onChange} className={formStyles.form}>
        {state.formError && <FormAlert kind="error" message={state.formError} />}
        <TextField name="name" label={t("name")} hint={t("nameHint")} required maxLength={120} defaultValue={values.name} error={errors.name} />
        <TextField
          name="area_ha"
          label={t("area")}
          optionalLabel={common("optional")}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={values.area_ha}
          error={errors.area_ha}
        />
        <fieldset className={`${fieldStyles.field} ${fieldStyles.radioGroup} ${certError ? fieldStyles.invalid : ""}`} aria-describedby={certErrorId}>
          <legend className={fieldStyles.label}>
            {t("certifications")}
            <span className={fieldStyles.optional}> ({common("optional")})</span>
          </legend>
          <div className={fieldStyles.radioCards}>
            {CERTIFICATIONS.map((cert) => (
              <label key={cert} className={fieldStyles.radioCard}>
                <input type="checkbox" name="certifications" value={cert} defaultChecked={values.certifications.includes(cert)} />
                <span>{t(`certs.${CERT_KEYS[cert]}`)}</span>
              </label>
            ))}
          </div>
          {certError && (
            <p id={certErrorId} className={fieldStyles.error}>
              <span>{certError}</span>
            </p>
          )}
        </fieldset>
        <TextField
          name="other_certifications"
          label={t("otherCertifications")}
          optionalLabel={common("optional")}
          hint={t("otherCertificationsHint")}
          maxLength={200}
          defaultValue={values.other_certifications}
          error={errors.other_certifications}
        />
        <div className={formStyles.row2}>
          <TextField
            name="commune"
            label={t("commune")}
            optionalLabel={common("optional")}
            maxLength={120}
            autoComplete="address-level3"
            defaultValue={values.commune}
            error={errors.commune}
          />
          <TextField
            name="province"
            label={t("province")}
            optionalLabel={common("optional")}
            maxLength={120}
            autoComplete="address-level1"
            defaultValue={values.province}
            error={errors.province}
          />
        </div>
        <SubmitButton variant="secondary" className={formStyles.primaryAction} pendingLabel={common("sending")}>
          {t("submit")}
        </SubmitButton>
      </form>
    </details>
  )
}
