"use client"

import { useActionState } from "react"
import type { FormState } from "@/lib/actions/seller"
import type { SerialsValues } from "@/lib/actions/lots"
import { TextField } from "@/modules/seller/components/field"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import formStyles from "@/modules/seller/components/seller-form.module.css"
import styles from "./lots-forms.module.css"
import { useLotsTranslations } from "./use-lots-translations"

type SerialsAction = (previous: FormState<SerialsValues>, formData: FormData) => Promise<FormState<SerialsValues>>

/** Issues N random unit serials for the lot (one QR label per item). */
export function SerialsForm({ action }: { action: SerialsAction }) {
  const t = useLotsTranslations("lots.serials")
  const common = useLotsTranslations("lots.common")
  const [state, formAction] = useActionState(action, { values: { count: "" }, fieldErrors: {}, formError: null })

  return (
    <form action={formAction} className={styles.inlineForm}>
      {state.formError && <FormAlert kind="error" message={state.formError} />}
      <TextField
        id="serials-count"
        name="count"
        label={t("howMany")}
        hint={t("howManyHint")}
        inputMode="numeric"
        autoComplete="off"
        required
        defaultValue={state.values.count}
        error={state.fieldErrors.count}
      />
      <SubmitButton className={formStyles.primaryAction} pendingLabel={common("sending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  )
}
