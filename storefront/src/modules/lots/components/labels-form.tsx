"use client"

import { useActionState, useEffect, useState } from "react"
import type { LabelFormState } from "@/lib/actions/lots"
import { LABEL_FORMATS, LABEL_SIZES, type LabelFormValues } from "@/lib/lots/labels"
import { RadioCards, TextField } from "@/modules/seller/components/field"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import formStyles from "@/modules/seller/components/seller-form.module.css"
import { LabelJobProgress } from "./label-job-progress"
import styles from "./lots-forms.module.css"
import { useLotsTranslations } from "./use-lots-translations"

type LabelAction = (previous: LabelFormState, formData: FormData) => Promise<LabelFormState>

/**
 * Labels for the lot: size, file type and, for a PDF sheet, what to print. Up to 1,000
 * labels come as a download link at once; more start a background job with progress.
 */
export function LabelsForm({ action, initial, serialCount }: { action: LabelAction; initial: LabelFormValues; serialCount: number }) {
  const t = useLotsTranslations("lots.labels")
  const common = useLotsTranslations("lots.common")
  const [state, formAction] = useActionState(action, { values: initial, fieldErrors: {}, formError: null, result: null })
  const { values, fieldErrors: errors, result } = state
  // Without JavaScript every field shows; with it, the sheet fields only for a PDF.
  const [enhanced, setEnhanced] = useState(false)
  const [format, setFormat] = useState(values.format)
  useEffect(() => setEnhanced(true), [])
  useEffect(() => setFormat(values.format), [values.format])
  const sheet = !enhanced || format === "pdf"

  return (
    <>
      <form action={formAction} className={formStyles.form}>
        {state.formError && <FormAlert kind="error" message={state.formError} />}
        <RadioCards
          name="size"
          legend={t("size")}
          options={LABEL_SIZES.map((size) => ({ value: size, label: t(`sizes.${size}`) }))}
          defaultValue={values.size}
          error={errors.size}
        />
        <RadioCards
          name="format"
          legend={t("format")}
          options={LABEL_FORMATS.map((value) => ({ value, label: t(`formats.${value}`) }))}
          defaultValue={values.format}
          onChange={setFormat}
          error={errors.format}
        />
        {sheet && (
          <div className={styles.sheetFields}>
            <RadioCards
              name="contents"
              legend={t("contents")}
              options={[
                { value: "serials", label: t("contentsSerials", { count: serialCount }) },
                { value: "lot", label: t("contentsLot") },
              ]}
              defaultValue={values.contents}
              error={errors.contents}
            />
            <TextField
              id="labels-count"
              name="count"
              label={t("count")}
              hint={t("countHint")}
              inputMode="numeric"
              autoComplete="off"
              defaultValue={values.count}
              error={errors.count}
            />
          </div>
        )}
        <SubmitButton className={formStyles.primaryAction} pendingLabel={common("sending")}>
          {t("submit")}
        </SubmitButton>
      </form>

      {result?.kind === "direct" && (
        <div className={styles.ready} role="status">
          <p className={styles.readyText}>{t("ready")}</p>
          <a href={result.href} className="button" download>
            {result.format === "pdf" ? t("downloadSheet", { count: result.count }) : t("download", { format: result.format.toUpperCase() })}
          </a>
        </div>
      )}
      {result?.kind === "job" && <LabelJobProgress key={result.job.id} job={result.job} />}
    </>
  )
}
