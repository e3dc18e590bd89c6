/**
 * The listing copy of the product index: per document only the fields the shop's product
 * listing narrows by, as typed columns (text, integer, text[]), kept by triggers on the
 * document table like the slim copy (./slim). A listing page is a search without a query
 * and without facets over every product (10,000 on the benchmark shop): over the slim
 * copy's jsonb it still read and sorted every matching row for the count and the page
 * (59 ms alone, 120–160 ms under load, docs/benchmarks.md, issue #6). Over this copy
 * (about 100 bytes a row) the count is one scan of a small table and the page an index
 * scan in id order, a few milliseconds together; only the page's whole documents are
 * read from the document table.
 *
 * Made for an index whose plan has every column's field (the product index,
 * src/search/product.ts); other indexes have none.
 */

import { copyNames, copyReady, dropKeptCopy, ident, makeKeptCopy, type Execute, type Transactional } from "./kept-copy"

/** Bumped when the copy's layout or triggers change: an older copy is then rebuilt. */
const LISTING_VERSION = 1

type ColumnType = "text" | "integer" | "text[]"

/** The fields a listing filters by, each with the column type it is kept as. */
export const LISTING_COLUMNS: readonly { field: string; type: ColumnType }[] = [
  { field: "status", type: "text" },
  { field: "sales_channel_ids", type: "text[]" },
  { field: "craft", type: "text" },
  { field: "stars", type: "integer" },
  { field: "marks", type: "text[]" },
]

const COLUMN_TYPES = new Map(LISTING_COLUMNS.map((c) => [c.field, c.type]))

/** The names the copy of `table` goes by. */
export const listingNames = (table: string) => copyNames(table, "listing", LISTING_VERSION)

/** Whether an index's plan holds every field the listing copy keeps. */
export function hasListingFields(plan: { fields: Map<string, unknown> }): boolean {
  return LISTING_COLUMNS.every((c) => plan.fields.has(c.field))
}

/** A column's value from the row variable `row`'s `indexed` (NEW in a trigger, d in a copy). */
function columnSql(row: string, field: string, type: ColumnType): string {
  const value = `${row}.indexed -> '${field}'`
  if (type === "text[]") {
    return `ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(${value}) = 'array' THEN ${value} ELSE '[]'::jsonb END))`
  }
  if (type === "integer") {
    return `(CASE WHEN jsonb_typeof(${value}) = 'number' THEN round((${value})::text::numeric)::integer END)`
  }
  return `(${row}.indexed ->> '${field}')`
}

const valuesFrom = (row: string) => LISTING_COLUMNS.map((c) => columnSql(row, c.field, c.type)).join(", ")

/** Whether the copy of `table` exists and its triggers (this version's) are in place. */
export const listingCopyReady = (execute: Execute, table: string) => copyReady(execute, table, listingNames(table))

/** Makes the copy of `table` if it is missing, outdated or no longer kept (see ./kept-copy). */
export function ensureListingCopy(execute: Execute, transactional: Transactional | undefined, table: string): Promise<boolean> {
  const names = listingNames(table)
  const copy = ident(names.table)
  return makeKeptCopy(execute, transactional, {
    table,
    names,
    columnsDdl: LISTING_COLUMNS.map((c) => `${ident(c.field)} ${c.type}`),
    columns: LISTING_COLUMNS.map((c) => ident(c.field)),
    valuesFrom,
    indexes: [
      // The listing's order is the id (see listingQuery); a craft page walks its craft's ids.
      `CREATE INDEX ${ident(`${names.table}_craft_idx`)} ON ${copy} ("craft", "id")`,
      `CREATE INDEX ${ident(`${names.table}_marks_idx`)} ON ${copy} USING GIN ("marks")`,
    ],
  })
}

/** Drops the copy of a document table the provider dropped. */
export const dropListingCopy = (execute: Execute, table: string) => dropKeptCopy(execute, listingNames(table))

/** A listing query: conditions on the copy's columns (with their parameters) and the id order. */
export type ListingQuery = { where: string[]; params: unknown[]; direction: "ASC" | "DESC" }

const COMPARISONS: Record<string, string> = { $eq: "=", $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }

/**
 * An array bound as one text parameter in PostgreSQL's array syntax: the driver would
 * spread a bound JavaScript array into several parameters, and an array computed in SQL
 * hides its value from the planner, which then expects one matching row and scans the
 * whole copy instead of walking the id index (2.5 ms against 0.45 ms for page 100 at
 * 10,000 products).
 */
export function pgArray(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === "number" ? String(v) : `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`)).join(",")}}`
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)

/** Adds one field's filter as conditions on its column; false when the copy cannot answer it. */
function columnConditions(field: string, type: ColumnType, filter: unknown, query: ListingQuery): boolean {
  const column = ident(field)
  if (type === "text[]") {
    if (!isPlainObject(filter) || Object.keys(filter).length !== 1 || !Array.isArray(filter.$overlaps)) return false
    if (!filter.$overlaps.every((v) => typeof v === "string")) return false
    query.where.push(`${column} && ?::text[]`)
    query.params.push(pgArray(filter.$overlaps as string[]))
    return true
  }
  const scalar = (v: unknown) => (type === "integer" ? typeof v === "number" && Number.isFinite(v) : typeof v === "string")
  if (scalar(filter)) {
    query.where.push(`${column} = ?`)
    query.params.push(filter)
    return true
  }
  if (!isPlainObject(filter) || !Object.keys(filter).length) return false
  for (const [op, value] of Object.entries(filter)) {
    if (op === "$in" && Array.isArray(value) && value.every(scalar)) {
      query.where.push(`${column} = ANY(?::${type}[])`)
      query.params.push(pgArray(value as (string | number)[]))
      continue
    }
    const comparison = COMPARISONS[op]
    if (!comparison || !scalar(value)) return false
    query.where.push(`${column} ${comparison} ?`)
    query.params.push(value)
  }
  return true
}

/**
 * The listing query for a search the copy can answer — no text, no facets, no vector,
 * score or deduplication options, filters that are a plain AND of the copy's columns
 * (equality and comparisons on scalars, overlap on arrays), ordered by nothing (the
 * built-in order for a search without text: id ascending) or by id — else null, and the
 * search goes the slim copy's or the built-in way.
 */
export function listingQuery(input: {
  q?: string
  filters?: unknown
  pagination?: { order?: Record<string, string>; cursor?: unknown }
  search_options?: Record<string, any>
}): ListingQuery | null {
  const options = input.search_options ?? {}
  if (input.q?.trim()) return null
  if (options.facets?.length || options.vector || options.min_score !== undefined || options.distinct) return null
  if (options.attributes_to_search_on?.length || input.pagination?.cursor) return null
  const order = Object.entries(input.pagination?.order ?? {})
  if (order.length > 1 || (order.length === 1 && order[0]![0] !== "id")) return null
  const query: ListingQuery = { where: [], params: [], direction: order[0]?.[1] === "DESC" ? "DESC" : "ASC" }
  if (input.filters === undefined || input.filters === null) return query
  if (!isPlainObject(input.filters)) return null
  for (const [field, filter] of Object.entries(input.filters)) {
    const type = COLUMN_TYPES.get(field)
    if (!type || !columnConditions(field, type, filter, query)) return null
  }
  return query
}

/**
 * One statement: the count of the matching rows and the page's documents in id order,
 * as JSON; with `keys`, each document cut down to those top-level keys (a card needs a
 * fifth of a product's document: no description, no folded copies). Placeholders are
 * bound in the order they appear in the text.
 */
export function listingSql(
  table: string,
  query: ListingQuery,
  page: { skip: number; take: number; count: boolean },
  keys?: string[]
): { sql: string; params: unknown[] } {
  const copy = ident(listingNames(table).table)
  const where = query.where.length ? `WHERE ${query.where.join(" AND ")}` : ""
  const dir = query.direction
  const document = keys
    ? `(SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb) FROM jsonb_each(d."document") e WHERE e.key = ANY(?::text[]))`
    : `d."document"`
  const params = [...(page.count ? query.params : []), ...(keys ? [pgArray(keys)] : []), ...query.params, page.take, page.skip]
  const sql = `
    SELECT
      ${page.count ? `(SELECT COUNT(*)::int FROM ${copy} ${where})` : "NULL::int"} AS count,
      (SELECT coalesce(jsonb_agg(jsonb_build_array(p."id", ${document}) ORDER BY p."id" ${dir}), '[]'::jsonb)
         FROM (SELECT "id" FROM ${copy} ${where} ORDER BY "id" ${dir} LIMIT ? OFFSET ?) p
         JOIN ${ident(table)} d ON d."id" = p."id") AS hits`
  return { sql, params }
}
