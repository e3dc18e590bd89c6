"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { loginCustomer, type AccountFormState } from "@/lib/actions/account"
import type { LoginValues } from "@/lib/account/forms"
import { TextField } from "@/modules/seller/components/field"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import styles from "./account-forms.module.css"

export function LoginForm({ initial }: { initial: AccountFormState<LoginValues> }) {
  const t = useTranslations("account.login")
  const [state, formAction] = useActionState(loginCustomer, initial)
  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.formError && <FormAlert kind="error" message={state.formError} />}
      <input type="hidden" name="next" value={state.values.next} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={state.values.email}
        error={state.errors.email}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        error={state.errors.password}
      />
      <SubmitButton className={styles.primary} pendingLabel={t("sending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  )
}
