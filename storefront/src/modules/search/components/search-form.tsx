import { getSearchTranslations } from "../i18n"
import type { AppLocale } from "@/i18n/routing"
import styles from "./search-form.module.css"

/**
 * The search box: a plain GET form to /{locale}/search, so it works before (and without)
 * JavaScript. A new text starts a new search, without the previous filters.
 */
export async function SearchForm({
  locale,
  q,
  variant = "page",
}: {
  locale: AppLocale
  q?: string
  variant?: "page" | "header"
}) {
  const t = await getSearchTranslations("search")
  const id = variant === "header" ? "header-search-q" : "search-q"
  return (
    <form action={`/${locale}/search`} method="get" role="search" className={variant === "header" ? styles.header : styles.page}>
      <label htmlFor={id} className={variant === "header" ? "visually-hidden" : styles.label}>
        {variant === "header" ? t("headerLabel") : t("label")}
      </label>
      <div className={styles.row}>
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={q}
          placeholder={t("placeholder")}
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
          className={styles.input}
        />
        <button type="submit" className={styles.button}>
          {t("submit")}
        </button>
      </div>
    </form>
  )
}
