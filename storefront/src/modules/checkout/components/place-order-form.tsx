"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { placeOrder, type PlaceOrderState } from "@/lib/actions/checkout"
import { RadioCards } from "@/modules/seller/components/field"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import styles from "./checkout-forms.module.css"

type Option = { value: string; label: string }

const INITIAL: PlaceOrderState = { formError: null, shippingError: null, version: 0 }

/** Shipping option, payment method and the place-order button. */
export function PlaceOrderForm({
  shippingOptions,
  shippingDefault,
  payments,
  paymentNotes,
  total,
}: {
  shippingOptions: Option[]
  shippingDefault: string | undefined
  payments: Option[]
  /** A sentence under the payment choices (e.g. what happens with VNPay). */
  paymentNotes: string[]
  total: string
}) {
  const t = useTranslations("checkout")
  const [state, formAction] = useActionState(placeOrder, INITIAL)

  return (
    <form action={formAction} className={styles.form}>
      {state.formError && <FormAlert kind="error" message={state.formError} />}
      <RadioCards
        key={`ship-${state.version}`}
        name="shipping_option_id"
        legend={t("shippingLegend")}
        options={shippingOptions}
        defaultValue={shippingDefault}
        error={state.shippingError ?? undefined}
      />
      <RadioCards
        key={`pay-${state.version}`}
        name="payment_provider"
        legend={t("paymentLegend")}
        options={payments}
        defaultValue={payments[0]?.value}
      />
      {paymentNotes.map((note) => (
        <p key={note} className={styles.note}>
          {note}
        </p>
      ))}
      <SubmitButton className={styles.primary} pendingLabel={t("placing")}>
        {t("placeOrder", { total })}
      </SubmitButton>
    </form>
  )
}
