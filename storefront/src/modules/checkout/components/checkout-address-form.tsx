"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveCheckoutAddress, type AddressFormState } from "@/lib/actions/checkout"
import { TextField } from "@/modules/seller/components/field"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import { AddressFields } from "./address-fields"
import styles from "./checkout-forms.module.css"

type Option = { value: string; label: string }

/** Contact and delivery address; saving it brings the shipping options of its zone. */
export function CheckoutAddressForm({
  initial,
  provinces,
  countries,
}: {
  initial: AddressFormState
  provinces: Option[]
  countries: Option[]
}) {
  const t = useTranslations("checkout")
  const [state, formAction] = useActionState(saveCheckoutAddress, initial)

  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.formError && <FormAlert kind="error" message={state.formError} />}
      <TextField
        key={`email-${state.version}`}
        name="email"
        type="email"
        label={t("email")}
        hint={t("emailHint")}
        autoComplete="email"
        inputMode="email"
        defaultValue={state.values.email}
        error={state.errors.email}
        required
      />
      <AddressFields
        key={state.version}
        values={state.values}
        errors={state.errors}
        provinces={provinces}
        communes={state.communes}
        countries={countries}
      />
      <SubmitButton className={styles.primary} pendingLabel={t("saving")}>
        {t("saveAddress")}
      </SubmitButton>
    </form>
  )
}
