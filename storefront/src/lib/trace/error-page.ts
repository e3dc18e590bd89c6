/**
 * The resolver's error page: plain HTML from a route handler (no React, no JavaScript),
 * in the visitor's language first and the other language below, so that anyone who
 * scanned a bad or unknown label can read why. Wording lives in messages/trace/*.json.
 */
import en from "../../../messages/trace/en.json"
import vi from "../../../messages/trace/vi.json"

export type ResolverErrorKind = "invalid" | "unknown" | "noLink" | "unavailable"

type ResolverMessages = (typeof vi)["trace"]["resolver"]
const MESSAGES: Record<"vi" | "en", ResolverMessages> = { vi: vi.trace.resolver, en: en.trace.resolver }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? values[name]! : whole))
}

const TITLE_KEYS = {
  invalid: ["invalidTitle", "invalidText"],
  unknown: ["unknownTitle", "unknownText"],
  noLink: ["noLinkTitle", "noLinkText"],
  unavailable: ["unavailableTitle", "unavailableText"],
} as const

const STYLE = `body{margin:0;font:16px/1.6 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;background:#faf6ef;color:#2b211a}
main{max-width:40rem;margin:0 auto;padding:32px 16px}
.code{font-size:3rem;font-weight:700;color:#a87520;margin:0}
.band{height:8px;background:#8c3b1f}
section+section{margin-top:32px;padding-top:24px;border-top:1px solid #e3d6c1}
h1,h2{font-family:"Noto Serif",Georgia,serif;line-height:1.25;margin:0 0 .5em}
.warn{border-left:4px solid #9b2420;background:#fbe9e7;padding:12px 16px;border-radius:6px}
a{color:#8c3b1f}
code{word-break:break-all}`

export function resolverErrorPage(input: {
  status: number
  kind: ResolverErrorKind
  /** The visitor's language comes first. */
  locale: "vi" | "en"
  /** Parser or backend detail, shown under "technical detail". */
  detail?: string | null
  linkType?: string | null
  /** The item's trace code: its trace page is offered when only the requested link type is missing. */
  traceCode?: string | null
}): string {
  const order: Array<"vi" | "en"> = input.locale === "en" ? ["en", "vi"] : ["vi", "en"]
  const [titleKey, textKey] = TITLE_KEYS[input.kind]
  const values = { linkType: escapeHtml(input.linkType ?? "") }
  const sections = order.map((locale, index) => {
    const m = MESSAGES[locale]
    const heading = index === 0 ? "h1" : "h2"
    const text = `<p${input.kind === "unknown" ? ' class="warn"' : ""}>${fill(escapeHtml(m[textKey]), values)}</p>`
    const trace = input.traceCode
      ? `<p><a href="/${locale}/trace/${escapeHtml(encodeURIComponent(input.traceCode))}">${escapeHtml(m.noLinkTrace)}</a></p>`
      : ""
    const detail = input.detail ? `<p><small>${escapeHtml(m.detail)}: <code>${escapeHtml(input.detail)}</code></small></p>` : ""
    return `<section lang="${locale}"><${heading}>${escapeHtml(m[titleKey])}</${heading}>${text}${trace}${detail}<p><a href="/${locale}" hreflang="${locale}">${escapeHtml(m.home)}</a></p></section>`
  })
  const title = `${MESSAGES[order[0]!][titleKey]} · ${MESSAGES[order[1]!][titleKey]} — Chợ Làng Nghề`
  return `<!doctype html><html lang="${order[0]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><div class="band" aria-hidden="true"></div><main><p class="code" aria-hidden="true">${input.status}</p>${sections.join("")}</main></body></html>`
}
