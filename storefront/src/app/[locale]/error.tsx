"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import styles from "@/modules/common/templates/not-found-template.module.css"

/** Shown when the store API cannot be reached; the rest of the layout still renders. */
export default function LocaleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error")

  return (
    <div className={`container ${styles.wrap}`} role="alert">
      <h1>{t("title")}</h1>
      <p className={styles.text}>{t("text")}</p>
      <div className={styles.actions}>
        <button type="button" className="button" onClick={() => reset()}>
          {t("retry")}
        </button>
        <Link href="/" className="button button-secondary">
          {t("home")}
        </Link>
      </div>
    </div>
  )
}
