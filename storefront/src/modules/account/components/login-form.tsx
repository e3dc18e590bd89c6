"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { loginCustomer, type AccountFormState } from "@/lib/actions/account"
import type { LoginValues } from "@/lib/account/forms"
import { SignInFields } from "@/modules/common/components/sign-in-fields"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import styles from "./account-forms.module.css"

export function LoginForm({ initial }: { initial: AccountFormState<LoginValues> }) {
  const t = useTranslations("account.login")
  const [state, formAction] = useActionState(loginCustomer, initial)
  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.formError && <FormAlert kind="error" message={state.formError} />}
      <SignInFields
        next={state.values.next}
        email={state.values.email}
        errors={state.errors}
        labels={{ email: t("email"), password: t("password") }}
      />
      <SubmitButton className={styles.primary} pendingLabel={t("sending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  )
}
