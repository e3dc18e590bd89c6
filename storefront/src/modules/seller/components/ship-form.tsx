"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { FormState } from "@/lib/actions/seller"
import { CARRIERS, type ShipValues } from "@/lib/util/seller-view"
import { SelectField, TextField } from "./field"
import { FormAlert } from "./form-alert"
import { SubmitButton } from "./submit-button"
import formStyles from "./seller-form.module.css"

type ShipAction = (previous: FormState<ShipValues>, formData: FormData) => Promise<FormState<ShipValues>>

/** Records that an order was handed to a carrier, with its tracking number. */
export function ShipForm({ action }: { action: ShipAction }) {
  const t = useTranslations("seller.order")
  const common = useTranslations("seller.common")
  const carriers = useTranslations("seller.carriers")
  const [state, formAction] = useActionState(action, { values: { carrier: "", tracking_number: "" }, fieldErrors: {}, formError: null })

  return (
    <form action={formAction} className={formStyles.form}>
      {state.formError && <FormAlert kind="error" message={state.formError} />}
      <SelectField
        name="carrier"
        label={t("carrier")}
        placeholder={t("carrierPlaceholder")}
        options={CARRIERS.map((value) => ({ value, label: carriers(value) }))}
        required
        defaultValue={state.values.carrier}
        error={state.fieldErrors.carrier}
      />
      <TextField
        name="tracking_number"
        label={t("tracking")}
        autoCapitalize="characters"
        spellCheck={false}
        required
        minLength={4}
        maxLength={60}
        defaultValue={state.values.tracking_number}
        error={state.fieldErrors.tracking_number}
      />
      <SubmitButton className={formStyles.primaryAction} pendingLabel={common("sending")}>
        {t("ship")}
      </SubmitButton>
    </form>
  )
}
