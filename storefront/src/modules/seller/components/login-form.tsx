"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { loginSeller, type FormState, type LoginValues } from "@/lib/actions/seller"
import { SignInFields } from "@/modules/common/components/sign-in-fields"
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
      <SignInFields
        next={state.values.next}
        email={state.values.email}
        errors={state.fieldErrors}
        labels={{ email: t("email"), password: t("password") }}
      />
      <SubmitButton className={styles.primaryAction} pendingLabel={common("sending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  )
}
