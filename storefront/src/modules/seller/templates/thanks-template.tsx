import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import styles from "./seller.module.css"

export async function ThanksTemplate() {
  const t = await getTranslations("seller.thanks")

  return (
    <div className={`container ${styles.page} ${styles.narrow}`}>
      <div className={styles.thanksIcon} aria-hidden="true">
        <svg width="34" height="34" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.4">
          <path d="m5 12.5 4.5 4.5L19 7.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
      <h1>{t("title")}</h1>
      <p className={styles.lead}>{t("lead")}</p>
      <p>{t("review")}</p>
      <p>{t("next")}</p>
      <div className={styles.buttons}>
        <Link href="/seller" className="button">
          {t("statusLink")}
        </Link>
        <Link href="/" className="button button-secondary">
          {t("home")}
        </Link>
      </div>
    </div>
  )
}
