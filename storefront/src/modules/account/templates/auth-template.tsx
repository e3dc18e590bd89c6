import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AccountFormState } from "@/lib/actions/account"
import type { LoginValues, RegisterValues } from "@/lib/account/forms"
import { ShopIntlProvider } from "@/modules/checkout/components/shop-intl-provider"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { LoginForm } from "../components/login-form"
import { RegisterForm } from "../components/register-form"
import styles from "./account.module.css"

export async function LoginTemplate({
  initial,
  notice,
}: {
  initial: AccountFormState<LoginValues>
  notice: "expired" | "signedOut" | null
}) {
  const t = await getTranslations("account.login")
  const next = initial.values.next
  return (
    <ShopIntlProvider>
      <div className={`container ${styles.page} ${styles.narrow}`}>
        <h1>{t("title")}</h1>
        {notice && <FormAlert kind={notice === "expired" ? "info" : "success"} message={t(notice)} />}
        <LoginForm initial={initial} />
        <p>
          {t("noAccount")}{" "}
          <Link href={next ? `/account/register?next=${encodeURIComponent(next)}` : "/account/register"}>{t("registerLink")}</Link>
        </p>
      </div>
    </ShopIntlProvider>
  )
}

export async function RegisterTemplate({ initial }: { initial: AccountFormState<RegisterValues & { next: string }> }) {
  const t = await getTranslations("account.register")
  const next = initial.values.next
  return (
    <ShopIntlProvider>
      <div className={`container ${styles.page} ${styles.narrow}`}>
        <h1>{t("title")}</h1>
        <p>{t("lead")}</p>
        <RegisterForm initial={initial} />
        <p>
          {t("haveAccount")}{" "}
          <Link href={next ? `/account/login?next=${encodeURIComponent(next)}` : "/account/login"}>{t("loginLink")}</Link>
        </p>
      </div>
    </ShopIntlProvider>
  )
}
