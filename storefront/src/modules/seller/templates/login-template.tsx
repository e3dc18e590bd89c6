import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { FormState, LoginValues } from "@/lib/actions/seller"
import { FormAlert } from "../components/form-alert"
import { LoginForm } from "../components/login-form"
import styles from "./seller.module.css"

export async function LoginTemplate({
  initial,
  notice,
}: {
  initial: FormState<LoginValues>
  notice: "expired" | "signedOut" | null
}) {
  const t = await getTranslations("seller.login")

  return (
    <div className={`container ${styles.page} ${styles.narrow}`}>
      <h1>{t("title")}</h1>
      <p className={styles.lead}>{t("lead")}</p>
      <div className={styles.stack}>
        {notice === "expired" && <FormAlert kind="info" message={t("expired")} />}
        {notice === "signedOut" && <FormAlert kind="success" message={t("signedOut")} />}
        <LoginForm initial={initial} />
      </div>
      <div className={styles.aside}>
        <p>
          {t("noShopYet")} <Link href="/sell">{t("applyLink")}</Link>
        </p>
      </div>
    </div>
  )
}
