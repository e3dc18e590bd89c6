"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveCustomerAddress, type AddressBookState } from "@/lib/actions/account"
import { AddressFields } from "@/modules/checkout/components/address-fields"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import styles from "./account-forms.module.css"

type Option = { value: string; label: string }

/** Adds an address to the book, or edits one (`addressId`), with the checkout's pickers. */
export function AddressBookForm({
  initial,
  addressId,
  provinces,
  countries,
}: {
  initial: AddressBookState
  addressId: string | null
  provinces: Option[]
  countries: Option[]
}) {
  const t = useTranslations("account.addresses")
  const [state, formAction] = useActionState(saveCustomerAddress, initial)
  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.formError && <FormAlert kind="error" message={state.formError} />}
      {addressId && <input type="hidden" name="address_id" value={addressId} />}
      <AddressFields
        key={state.version}
        values={state.values}
        errors={state.errors}
        provinces={provinces}
        communes={state.communes}
        countries={countries}
      />
      <SubmitButton className={styles.primary} pendingLabel={t("saving")}>
        {addressId ? t("saveChanges") : t("add")}
      </SubmitButton>
    </form>
  )
}
