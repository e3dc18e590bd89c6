"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { registerCustomer, type AccountFormState } from "@/lib/actions/account"
import { MIN_PASSWORD_LENGTH, type RegisterValues } from "@/lib/account/forms"
import { TextField } from "@/modules/seller/components/field"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import styles from "./account-forms.module.css"

export function RegisterForm({ initial }: { initial: AccountFormState<RegisterValues & { next: string }> }) {
  const t = useTranslations("account.register")
  const [state, formAction] = useActionState(registerCustomer, initial)
  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.formError && <FormAlert kind="error" message={state.formError} />}
      <input type="hidden" name="next" value={state.values.next} />
      <TextField
        name="full_name"
        label={t("fullName")}
        autoComplete="name"
        required
        defaultValue={state.values.full_name}
        error={state.errors.full_name}
      />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values.email}
        error={state.errors.email}
      />
      <TextField
        name="phone"
        type="tel"
        label={t("phone")}
        optionalLabel={t("optional")}
        autoComplete="tel"
        inputMode="tel"
        defaultValue={state.values.phone}
        error={state.errors.phone}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        error={state.errors.password}
      />
      <SubmitButton className={styles.primary} pendingLabel={t("sending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  )
}
