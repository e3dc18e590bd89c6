"use client"

import { usePathname, useSearchParams } from "next/navigation"
import { routing, type AppLocale } from "@/i18n/routing"
import { switchLocalePath } from "@/lib/util/locale-path"
import styles from "./site-header.module.css"

/** Each language's name in that language: a visitor who cannot read the page can still find theirs. */
const LANGUAGE_NAMES: Record<AppLocale, string> = { vi: "Tiếng Việt", en: "English" }

/**
 * Links to the current page (path and query) in the other languages. It reads the URL on
 * the client because the header's layout is not re-rendered on client-side navigation.
 * The link itself is a plain <a>: switching language loads the page anew.
 */
export function LanguageSwitch({ locale, label }: { locale: AppLocale; label: string }) {
  const pathname = usePathname()
  const query = useSearchParams().toString()
  const current = `${pathname}${query ? `?${query}` : ""}`
  const others = routing.locales.filter((other) => other !== locale)

  return (
    <div className={styles.language}>
      <span className="visually-hidden">{label}:</span>
      {others.map((other) => (
        <a
          key={other}
          className={styles.languageLink}
          href={switchLocalePath(current, routing.locales, other)}
          hrefLang={other}
          lang={other}
        >
          <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="9" />
            <path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18" />
          </svg>
          {LANGUAGE_NAMES[other]}
        </a>
      ))}
    </div>
  )
}
