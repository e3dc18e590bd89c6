import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Named = { handle: string; name: string }

export type FacetKind = "craft" | "village" | "mark" | "province"

/** The names search answers label facet values with, and the values a request may ask for. */
export type FacetNames = {
  crafts: Map<string, string>
  villages: Map<string, string>
  marks: Map<string, string>
  provinces: Set<string>
  /** Values looked for again and still unnamed, so that asking again does not re-read. */
  unnamed: Set<string>
}

/** How long a process trusts names it has read (a renamed village shows its old name that long). */
const NAMES_KEEP_MS = 10_000
const UNNAMED_MAX = 1_000

let kept: { at: number; names: Promise<FacetNames> } | null = null

async function readNames(container: MedusaContainer): Promise<FacetNames> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: categories }, { data: villages }, { data: marks }] = await Promise.all([
    query.graph({ entity: "product_category", fields: ["handle", "name"], filters: { is_active: true, is_internal: false } }),
    query.graph({ entity: "craft_village", fields: ["handle", "name", "province"] }),
    query.graph({ entity: "geo_mark", fields: ["handle", "name"] }),
  ])
  const names = (rows: Named[]) => new Map(rows.map((r) => [r.handle, r.name]))
  return {
    crafts: names(categories as Named[]),
    villages: names(villages as Named[]),
    marks: names(marks as Named[]),
    provinces: new Set((villages as { province: string }[]).map((v) => v.province)),
    unnamed: new Set(),
  }
}

function read(container: MedusaContainer, fresh: boolean): Promise<FacetNames> {
  if (!fresh && kept && Date.now() - kept.at < NAMES_KEEP_MS) return kept.names
  const names = readNames(container)
  const entry = { at: Date.now(), names }
  kept = entry
  names.catch(() => {
    if (kept === entry) kept = null
  })
  return names
}

const has = (names: FacetNames, kind: FacetKind, value: string) =>
  kind === "craft" ? names.crafts.has(value) : kind === "village" ? names.villages.has(value) : kind === "mark" ? names.marks.has(value) : names.provinces.has(value)

/**
 * The facet names, read at most every NAMES_KEEP_MS per process (three reads of whole
 * tables, 500 villages at national scale, were most of a computed search's own work), and
 * read again at once when one of `wanted` (values a request asks for or an answer holds)
 * is not among them: a craft, village or mark made a moment ago is neither refused nor
 * left unlabelled. A value still unnamed after that is remembered with the names, so a
 * value that names nothing does not make every search read the tables again.
 */
export async function facetNames(container: MedusaContainer, wanted: [FacetKind, string][] = []): Promise<FacetNames> {
  const lacking = (names: FacetNames) => wanted.filter(([kind, value]) => !has(names, kind, value) && !names.unnamed.has(`${kind}:${value}`))
  let names = await read(container, false)
  if (!lacking(names).length) return names
  names = await read(container, true)
  if (names.unnamed.size > UNNAMED_MAX) names.unnamed.clear()
  for (const [kind, value] of lacking(names)) names.unnamed.add(`${kind}:${value}`)
  return names
}
