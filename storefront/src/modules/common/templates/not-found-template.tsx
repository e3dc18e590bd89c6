import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import styles from "./not-found-template.module.css"

export async function NotFoundTemplate() {
  const t = await getTranslations("notFound")

  return (
    <div className={`container ${styles.wrap}`}>
      <p className={styles.code} aria-hidden="true">
        {t("code")}
      </p>
      <h1>{t("title")}</h1>
      <p className={styles.text}>{t("text")}</p>
      <div className={styles.actions}>
        <Link href="/" className="button">
          {t("home")}
        </Link>
        <Link href="/products" className="button button-secondary">
          {t("products")}
        </Link>
      </div>
    </div>
  )
}
