/**
 * The slim copy of a search index's document table: per document only its id, the fields
 * a query filters, sorts or counts facets by (`indexed`, cut down to those), and its
 * search vector. The built-in provider answers a search with eight statements over the
 * document table itself (hits, count, six facets), whose rows carry the whole document
 * and every searchable text twice (about 3 KB a product): at 10,000 products "che shan
 * tuyet" matched 1,672 rows, read each statement again, 1–2 s a search under load
 * (docs/benchmarks.md, issue #6). Over this copy the same search reads ~300 bytes a row,
 * once for the count and every facet together, and reads whole documents for the page
 * of hits only.
 *
 * The copy is kept by triggers on the document table (./kept-copy), in the same
 * transaction as every write the provider makes, so it never lags.
 */
import { copyNames, copyReady, dropKeptCopy, ident, makeKeptCopy, type Execute, type Transactional } from "./kept-copy"

/** Bumped when the copy's layout or triggers change: an older copy is then rebuilt. */
const SLIM_VERSION = 1

/** The names the copy of `table` goes by. */
export const slimNames = (table: string) => copyNames(table, "slim", SLIM_VERSION)

/** The top-level key of `indexed` a (dotted) field path lives under. */
export const topKey = (path: string): string => path.split(".")[0] ?? path

type PlannedField = { path: string; field: { filterable?: unknown; sortable?: unknown; facetable?: unknown } }

/**
 * The top-level keys of `indexed` the copy keeps: the primary key and every field that is
 * filterable, sortable or facetable (their first path segment, for nested fields).
 */
export function slimKeys(plan: { primary_key?: string; fields: Map<string, PlannedField> }): string[] {
  const keys = new Set<string>()
  if (plan.primary_key) keys.add(topKey(plan.primary_key))
  for (const planned of plan.fields.values()) {
    const f = planned.field ?? {}
    if (f.filterable || f.sortable || f.facetable) keys.add(topKey(planned.path))
  }
  return [...keys].sort()
}

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`

/** `indexed` cut down to `keys`, as SQL over the row variable `row` (NEW in a trigger). */
function slimIndexedSql(row: string, keys: string[]): string {
  const list = `ARRAY[${keys.map(literal).join(", ")}]::text[]`
  return `(SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb) FROM jsonb_each(${row}.indexed) e WHERE e.key = ANY(${list}))`
}

/** Whether the copy of `table` exists and its triggers (this version's) are in place. */
export const slimCopyReady = (execute: Execute, table: string) => copyReady(execute, table, slimNames(table))

/** Makes the copy of `table` if it is missing, outdated or no longer kept (see ./kept-copy). */
export function ensureSlimCopy(execute: Execute, transactional: Transactional | undefined, table: string, keys: string[]): Promise<boolean> {
  const names = slimNames(table)
  return makeKeptCopy(execute, transactional, {
    table,
    names,
    columnsDdl: ['"indexed" jsonb NOT NULL', '"search_vector" tsvector NOT NULL'],
    columns: ['"indexed"', '"search_vector"'],
    valuesFrom: (row) => `${slimIndexedSql(row, keys)}, ${row}."search_vector"`,
    indexes: [
      `CREATE INDEX ${ident(`${names.table}_fts_idx`)} ON ${ident(names.table)} USING GIN ("search_vector")`,
      `CREATE INDEX ${ident(`${names.table}_indexed_idx`)} ON ${ident(names.table)} USING GIN ("indexed" jsonb_path_ops)`,
    ],
  })
}

/** Drops the copy of a document table the provider dropped. */
export const dropSlimCopy = (execute: Execute, table: string) => dropKeptCopy(execute, slimNames(table))
