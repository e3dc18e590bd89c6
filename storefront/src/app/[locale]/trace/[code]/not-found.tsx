import { getLocale } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import { getTraceTranslations } from "@/lib/trace/i18n"
import styles from "@/modules/trace/templates/trace-template.module.css"

/**
 * A code the register does not know. For a shopper holding an item with this code it is
 * the "unknown code" verdict: a possible counterfeit, said plainly.
 */
export default async function TraceNotFound() {
  const locale = (await getLocale()) as AppLocale
  const t = await getTraceTranslations(locale)

  return (
    <article className={`container ${styles.page}`}>
      <p className={styles.eyebrow}>{t("eyebrow")}</p>
      <h1>{t("verdict.unknownTitle")}</h1>
      <div className={`${styles.verdict} ${styles.danger}`} data-verdict="unknown_code">
        <p>{t("verdict.unknownText")}</p>
      </div>
      <p>{t("notFound.lead")}</p>
      <a className="button" href={`/${locale}`}>
        {t("notFound.home")}
      </a>
    </article>
  )
}
