/**
 * `alternates` metadata for a page that exists in every language: canonical URL of this
 * language plus hreflang links to the others (Vietnamese is the x-default).
 */
export function localeAlternates(
  locales: readonly string[],
  locale: string,
  path: string,
  defaultLocale = locales[0] ?? "vi"
): { canonical: string; languages: Record<string, string> } {
  const suffix = path === "/" ? "" : path
  const languages: Record<string, string> = {}
  for (const other of locales) languages[other] = `/${other}${suffix}`
  languages["x-default"] = `/${defaultLocale}${suffix}`
  return { canonical: `/${locale}${suffix}`, languages }
}
