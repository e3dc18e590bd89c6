/**
 * The header's cart count, shared by the storefront (which writes and shows it) and the
 * edge in front of it (which splices it into kept catalogue pages, see
 * src/edge/page-cache.ts). Pure: no Next.js, no server-only imports.
 *
 * The count travels in its own cookie, written with the cart cookie whenever the cart's
 * lines change (src/lib/cart/cookies.ts), so a catalogue page needs no cart call to show it.
 */
export const CART_COUNT_COOKIE = "cln_cart_count"

/** Pieces in the cart as the cookie holds them: 0–9999, plain digits, no leading zero. */
const COUNT = /^(?:0|[1-9][0-9]{0,3})$/

export function parseCartCount(value: string | undefined | null): number | null {
  return value && COUNT.test(value) ? Number(value) : null
}

export function formatCartCount(count: number): string {
  return String(Math.min(9999, Math.max(0, Math.floor(count))))
}

/**
 * The cart link's accessible names for 0, 1 and more pieces, from the `cartLabel` message
 * (`format` formats it for a count). All three are in the markup and CSS shows the one for
 * the link's `data-count`, so the only thing that changes with the count is the number
 * itself: `shown` (the count, or the edge's marker) stands where the message puts the
 * number for "more". Right for locales where every count ≥ 2 takes one plural form, as
 * Vietnamese and English do.
 */
export function cartLabels(format: (count: number) => string, locale: string, shown: string): { zero: string; one: string; more: string } {
  // A sample count in the "more" form whose formatted digits occur once in the message.
  const SAMPLE = 97
  const sample = format(SAMPLE)
  const digits = new Intl.NumberFormat(locale).format(SAMPLE)
  const at = sample.indexOf(digits)
  if (at === -1 || sample.indexOf(digits, at + 1) !== -1) throw new Error(`cartLabel (${locale}): the count does not appear once in "${sample}"`)
  return { zero: format(0), one: format(1), more: sample.slice(0, at) + shown + sample.slice(at + digits.length) }
}

/**
 * The edge's page shell: the edge renders a kept page through Next.js with a request
 * header carrying a per-process token; for that request the header writes `marker`
 * (ASCII letters and digits, which HTML, JSON and JavaScript escaping leave as they are)
 * wherever the count goes, and the edge replaces every occurrence with each visitor's
 * count. Edge and Next.js run in one process; the edge registers the pair here.
 */
export const PAGE_SHELL_HEADER = "x-page-shell"
const SLOT = Symbol.for("cln.page-shell")

type PageShell = { token: string; marker: string }

export function registerPageShell(shell: PageShell): void {
  ;(globalThis as { [SLOT]?: PageShell })[SLOT] = shell
}

/** The marker to render in place of the count when `headerValue` is the edge's token, else null. */
export function pageShellMarker(headerValue: string | null | undefined): string | null {
  const shell = (globalThis as { [SLOT]?: PageShell })[SLOT]
  return shell && headerValue && headerValue === shell.token ? shell.marker : null
}
