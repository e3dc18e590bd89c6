"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { loginSeller, type FormState, type LoginValues } from "@/lib/actions/seller"
import { TextField } from "./field"
import { FormAlert } from "./form-alert"
import { SubmitButton } from "./submit-button"
import styles from "./seller-form.module.css"

export function LoginForm({ initial }: { initial: FormState<LoginValues> }) {
  const t = useTranslations("seller.login")
  const common = useTranslations("seller.common")
  const [state, formAction] = useActionState(loginSeller, initial)

  return (
    <form action={formAction} className={styles.form}>
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
        error={state.fieldErrors.email}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        error={state.fieldErrors.password}
      />
      <SubmitButton className={styles.primaryAction} pendingLabel={common("sending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  )
}
