/**
 * The live parts of a trace page as HTML: the verdict banner and the chain status. The
 * trace edge keeps the rest of the page (rendered by Next.js) for a while and writes
 * these into it on every request, so they are plain strings, not React. Wording lives in
 * messages/trace/*.json, formatting in ./view.
 */
import en from "../../../messages/trace/en.json"
import vi from "../../../messages/trace/vi.json"
import type { AppLocale } from "../../i18n/locales"
import { escapeHtml, fill } from "./error-page"
import type { ChainVerdict, ScanPlace, ScanVerdict } from "./types"
import { formatScanPlace, presentVerdict, shortHash } from "./view"

type TraceMessages = (typeof vi)["trace"]
const MESSAGES: Record<AppLocale, TraceMessages> = { vi: vi.trace, en: en.trace }

/** A message with its {placeholders} filled; values are escaped, the wording is ours. */
function text(template: string, values: Record<string, string | number> = {}): string {
  const escaped: Record<string, string> = {}
  for (const [name, value] of Object.entries(values)) escaped[name] = escapeHtml(String(value))
  return fill(escapeHtml(template), escaped)
}

function placeList(places: Array<ScanPlace | null>, locale: AppLocale): string {
  const names = places.map((place) => formatScanPlace(place, locale)).filter((name): name is string => Boolean(name))
  return [...new Set(names)].slice(0, 4).join("; ") || "?"
}

/**
 * The first thing a shopper reads after scanning: is this genuine, has this code been
 * scanned before, and anything that looks like a copied label.
 */
export function verdictHtml(verdict: ScanVerdict, places: ScanPlace[], chainValid: boolean, locale: AppLocale): string {
  const m = MESSAGES[locale].verdict
  const shown = presentVerdict(verdict, chainValid, locale)
  const warnings: string[] = []
  if (verdict.warnings.length > 0 && shown.kind !== "unknown_code") {
    if (verdict.warnings.includes("many_scans")) warnings.push(`<li>${text(m.manyScans, { count: verdict.count })}</li>`)
    if (verdict.warnings.includes("far_apart")) warnings.push(`<li>${text(m.farApart, { places: placeList([verdict.first_place, ...places], locale) })}</li>`)
  }
  return (
    `<section class="trace-verdict trace-${shown.tone}" aria-labelledby="verdict-title" data-verdict="${shown.kind}">` +
    `<span class="trace-icon" aria-hidden="true">${shown.tone === "ok" ? "✓" : "!"}</span>` +
    `<div><h2 id="verdict-title"><span class="visually-hidden">${text(m.label)}: </span>${text(m[shown.title])}</h2>` +
    `<p>${text(m[shown.text], { date: "", place: "", ...shown.values })}</p>` +
    (warnings.length ? `<ul>${warnings.join("")}</ul>` : "") +
    `</div></section>`
  )
}

/** Whether the lot's hash chain still verifies; when it does not, where and why it breaks. */
export function chainHtml(chain: ChainVerdict, locale: AppLocale): string {
  const m = MESSAGES[locale].chain
  if (chain.valid) {
    if (chain.length === 0) return `<p class="muted">${text(m.empty)}</p>`
    return (
      `<div class="trace-chain" data-chain="valid"><p>✓ ${text(m.valid)}</p><p>${text(m.validText, { count: chain.length })}</p>` +
      `<p>${text(m.lastHash)}: <code>${escapeHtml(shortHash(chain.head) ?? "")}</code></p></div>`
    )
  }
  return (
    `<div class="trace-chain trace-broken" data-chain="broken" role="alert"><p>⚠ ${text(m.broken)}</p>` +
    `<p>${text(m.reason[chain.reason], { position: chain.broken_at ?? "?" })}</p></div>`
  )
}

export type LiveSlot = "verdict" | "chain"

/**
 * A live part between markers, so that the trace edge can find and replace it in a kept
 * page (the markers are HTML comments: invisible, and React keeps them verbatim).
 */
export function liveSlot(slot: LiveSlot, html: string): string {
  return `<!--live:${slot}-->${html}<!--/live:${slot}-->`
}

/**
 * A kept page cut around its live parts: `pieces` are the fixed text before, between and
 * after the parts named in `slots`, in page order (so the page with fresh parts is
 * pieces[0] + part[0] + pieces[1] + … + pieces[n]). Null when a part's markers are missing.
 */
export function splitLiveSlots(page: string, slots: readonly LiveSlot[]): { slots: LiveSlot[]; pieces: string[] } | null {
  const found: Array<{ slot: LiveSlot; start: number; end: number }> = []
  for (const slot of slots) {
    const open = `<!--live:${slot}-->`
    const start = page.indexOf(open)
    const end = start === -1 ? -1 : page.indexOf(`<!--/live:${slot}-->`, start)
    if (end === -1) return null
    found.push({ slot, start: start + open.length, end })
  }
  found.sort((a, b) => a.start - b.start)
  const pieces: string[] = []
  let at = 0
  for (const { start, end } of found) {
    if (start < at) return null
    pieces.push(page.slice(at, start))
    at = end
  }
  pieces.push(page.slice(at))
  return { slots: found.map((f) => f.slot), pieces }
}

/** The page with each marked live part replaced; a page missing a part's markers is left as it is. */
export function replaceLiveSlots(page: string, parts: Partial<Record<LiveSlot, string>>): string {
  const cut = splitLiveSlots(page, Object.keys(parts) as LiveSlot[])
  if (!cut) return page
  return cut.pieces.reduce((out, piece, i) => out + piece + (i < cut.slots.length ? parts[cut.slots[i]!] ?? "" : ""), "")
}

/**
 * A trace page as the edge sends it: Next.js's HTML without its scripts (the React payload
 * that repeats the whole page for hydration, and the chunks that would load React). The
 * page has nothing interactive: its links and the header's search form work as plain HTML,
 * so a phone on a weak connection gets about a third of the bytes and no JavaScript.
 * Inline scripts hold their payload as escaped JSON ("<" written \u003c), so the first
 * "</script>" after an opening tag is always its end.
 */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<link\b[^>]*\bas="script"[^>]*>/g, "").replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, "")
}
