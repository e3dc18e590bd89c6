import { normalizeSearchText, searchWords, typoAlternatives } from "@cln/domain"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { assertQuerySupported, jsonbPath, mapFacetResult, normalizeFacetRequests, projectDocument, toWhereClause } from "@medusajs/search-postgres/dist/utils"
import type { NormalizedFacetRequest } from "@medusajs/search-postgres/dist/utils/facets"
import { WRITE_MARK_SQL } from "./generation"
import { analyzeIfStale, type Transactional } from "./kept-copy"
import { dropListingCopy, ensureListingCopy, hasListingFields, listingCopyReady, listingNames, listingQuery, listingSql, type ListingQuery } from "./listing"
import { dropSlimCopy, ensureSlimCopy, slimCopyReady, slimKeys, slimNames, topKey } from "./slim"

type DbManager = {
  execute: (sql: string, params?: unknown[]) => Promise<any[]>
  transactional?: <T>(cb: (manager: DbManager) => Promise<T>) => Promise<T>
}

export type VietnamesePostgresSearchOptions = {
  /** Name of the text search configuration suffix; `medusa_search_<language>` is created if missing. */
  language?: string
}

/**
 * The text search configuration the provider analyses text with: PostgreSQL's `simple`
 * parser and dictionary (no English stemming or stop words, which would drop Vietnamese
 * syllables such as "an", "do", "to") behind `unaccent`, so that "Chè Shan tuyết" and
 * "che shan tuyet" index to the same lexemes. `unaccent` maps đ to d.
 */
function textSearchConfigSql(language: string): string {
  const name = `medusa_search_${language}`
  return `
    DO $$
    BEGIN
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '${name}') THEN
        CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION ${name}
          ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
          WITH unaccent, simple;
      END IF;
    END
    $$;
  `
}

/**
 * Medusa's PostgreSQL search provider, read the Vietnamese way.
 *
 * The built-in provider (tsvector + pg_trgm) is kept whole; what it cannot be configured
 * to do is added around its public methods:
 * - its `language` option only names a `medusa_search_<language>` configuration that
 *   must already exist; this provider creates a Vietnamese one (simple + unaccent) before
 *   it creates an index or writes a document, so `db:migrate` and the test runner both
 *   get it without a separate migration script;
 * - queries are folded (diacritics, đ, case, punctuation) before they reach SQL, so they
 *   meet the folded lexemes the Vietnamese configuration stores;
 * - typo tolerance is a fallback: the exact (accent-insensitive) query runs first, ranked
 *   by field weight (title before description); only when it finds nothing are typos
 *   forgiven, word by word against the index's vocabulary (searchWithTypos). The built-in
 *   provider ranks a typo-tolerant query by GREATEST(ts_rank, word_similarity), which
 *   would tie a title match with a description match;
 * - after every committed write it moves the index's write mark (./generation), which
 *   the store's answer cache checks.
 */
export default class VietnamesePostgresSearchService extends PostgresSearchService {
  static override identifier = "search-postgres-vi"

  private configReady: Promise<void> | null = null

  constructor(deps: { manager: DbManager; logger?: Logger }, options: VietnamesePostgresSearchOptions = {}) {
    super(deps, { language: options.language ?? "vietnamese" })
  }

  private ensureTextSearchConfig(): Promise<void> {
    this.configReady ??= this.manager_.execute(textSearchConfigSql(this.language_)).then(
      () => undefined,
      (error: unknown) => {
        this.configReady = null
        throw error
      }
    )
    return this.configReady
  }

  override async upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    await this.ensureTextSearchConfig()
    const task = await super.upsertIndex(input)
    const catalog = await this.retrieve(input.index.physical_name)
    if (!this.isLakebase_) {
      await this.ensureSlimCopy(catalog.table_name, slimKeys(catalog.plan as any))
      if (hasListingFields(catalog.plan as any)) await this.ensureListingCopy(catalog.table_name)
    }
    return task
  }

  override async deleteIndex(input: { index: string }): Promise<SearchTypes.SearchTask> {
    const catalog = await this.getCatalog(input.index)
    const task = await super.deleteIndex(input)
    if (catalog?.table_name) {
      await dropSlimCopy(this.execute, catalog.table_name)
      await dropListingCopy(this.execute, catalog.table_name)
      this.slimReady.delete(catalog.table_name)
      this.listingReady.delete(catalog.table_name)
    }
    return task
  }

  private readonly execute = (sql: string, params?: unknown[]) => this.manager_.execute(sql, params)

  /** The manager's transaction as the kept copies take it (./kept-copy), when it has one. */
  private get transactional(): Transactional | undefined {
    const manager = this.manager_
    if (!manager.transactional) return undefined
    return (run) => manager.transactional!((tx) => run((sql, params) => tx.execute(sql, params)))
  }

  /** Makes (or remakes) the slim copy of a document table; see ./slim. */
  private async ensureSlimCopy(table: string, keys: string[]): Promise<void> {
    await ensureSlimCopy(this.execute, this.transactional, table, keys)
    this.slimReady.delete(table)
  }

  /** Makes (or remakes) the listing copy of the product index's document table; see ./listing. */
  private async ensureListingCopy(table: string): Promise<void> {
    await ensureListingCopy(this.execute, this.transactional, table)
    this.listingReady.delete(table)
  }

  override async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    await this.ensureTextSearchConfig()
    const task = await super.upsertDocuments(input)
    await this.markWritten(input.index)
    return task
  }

  override async deleteDocuments(input: { index: string; filters: SearchTypes.SearchFilters }): Promise<SearchTypes.SearchTask> {
    const task = await super.deleteDocuments(input)
    await this.markWritten(input.index)
    return task
  }

  /**
   * Moves the index's write mark (see ./generation) once a write has committed. The
   * built-in provider touches its catalogue row only when the document count changes, so
   * an update of an existing document (a new price, stock, a certificate) would not show.
   */
  private async markWritten(index: string): Promise<void> {
    await this.manager_.execute(WRITE_MARK_SQL, [index])
  }

  override async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const indexes = await super.listIndexes()
    return indexes.map((index) => ({ ...index, provider: VietnamesePostgresSearchService.identifier }))
  }

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const q = input.q === undefined ? undefined : normalizeSearchText(input.q) || undefined
    const folded: SearchTypes.ProviderSearchQuery = { ...input, q }
    if (!q || !input.search_options?.typo_tolerance) {
      return this.searchOnce(folded)
    }
    const exact = await this.searchOnce({ ...folded, search_options: { ...folded.search_options, typo_tolerance: false } })
    if (exact.hits.length > 0 || (exact.metadata.count ?? 0) > 0) {
      return exact
    }
    return this.searchWithTypos(folded, exact)
  }

  /**
   * The typo fallback, read word by word as Meilisearch reads typos: each query word not
   * in the index's vocabulary stands for the vocabulary's words within its allowed typos
   * (typoAlternatives, @cln/domain), and the query becomes an exact, index-backed full-text
   * query for those words ("shan tuyat" → shan & (tuyet)). A word with no near word means
   * nothing can match, and the exact answer (empty) stands. The built-in provider instead
   * compares `word_similarity(q, search_text) > 0.3` with every document's whole text: no
   * index can answer that, and at 10,000 products a typo search took 3 to 22 s
   * (docs/benchmarks.md, issue #6), matching thousands of unrelated products.
   */
  private async searchWithTypos(input: SearchTypes.ProviderSearchQuery, exact: SearchTypes.SearchResult): Promise<SearchTypes.SearchResult> {
    if (input.search_options?.attributes_to_search_on?.length) return super.search(input)
    const vocabulary = await this.vocabulary(input.index.physical_name)
    const read = typoAlternatives(searchWords(input.q ?? ""), vocabulary)
    if (!read) return exact
    const tsquery = read.map((alternatives) => `(${alternatives.join(" | ")})`).join(" & ")
    const scoped = Object.create(this, { typoTsQuery: { value: tsquery } }) as this
    return scoped.searchOnce({ ...input, search_options: { ...input.search_options, typo_tolerance: false } })
  }

  /** One query: over the slim copy when it can answer it (searchSlim), else the built-in way. */
  private async searchOnce(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    assertQuerySupported(input, this.engine_)
    const catalog = await this.retrieve(input.index.physical_name)
    const listing = listingQuery(input as any)
    if (listing && (await this.listingAnswers(catalog))) return this.searchListing(input, catalog, listing)
    if (await this.slimAnswers(input, catalog)) return this.searchSlim(input, catalog)
    return PostgresSearchService.prototype.search.call(this, input)
  }

  private slimReady = new Map<string, { at: number; ready: Promise<boolean> }>()

  /** Analyzes a copy whose statistics are stale (see ./kept-copy analyzeIfStale), beside the request. */
  private keepStatistics(copy: string): void {
    analyzeIfStale(this.execute, copy).catch((error: unknown) => this.logger_?.warn?.(`search: could not analyze ${copy}: ${String(error)}`))
  }
  private listingReady = new Map<string, { at: number; ready: Promise<boolean> }>()

  /** Whether the index has a listing copy in place (checked at most every SLIM_CHECK_MS). */
  private async listingAnswers(catalog: Catalog): Promise<boolean> {
    if (this.isLakebase_ || catalog.plan.vectors.length || !hasListingFields(catalog.plan as any)) return false
    const table = catalog.table_name
    return this.copyInPlace(this.listingReady, table, listingNames(table).table, () => listingCopyReady(this.execute, table))
  }

  /**
   * Whether a kept copy (./kept-copy) of a document table is in place, looked at most
   * every SLIM_CHECK_MS per table (`seen`); each look also analyzes the copy if its
   * statistics went stale.
   */
  private copyInPlace(seen: Map<string, { at: number; ready: Promise<boolean> }>, table: string, copy: string, look: () => Promise<boolean>): Promise<boolean> {
    let kept = seen.get(table)
    if (!kept || Date.now() - kept.at > SLIM_CHECK_MS) {
      this.keepStatistics(copy)
      const ready = look()
      ready.catch(() => seen.delete(table))
      kept = { at: Date.now(), ready }
      seen.set(table, kept)
    }
    return kept.ready.catch(() => false)
  }

  /**
   * What the index answered since its write mark last moved, per document table: a
   * listing's count per filter set; a search's count, facets and first ranked ids per
   * query (as a search engine keeps query results until its index next refreshes, like
   * Elasticsearch's shard request cache). Counting, faceting and ranking every matching row
   * was most of the SQL (a listing's count 2.5 ms of 3 for the whole catalogue at 10,000
   * products; for "che shan tuyet", 1,672 matches, ts_rank_cd alone 11 ms of 15), and all
   * change only with a write, which moves the mark (./generation; the catalogue row read
   * for every search carries it). An answer read between a write's commit and its mark (one
   * statement later) may be kept until the next write; the documents of a page are always
   * read afresh.
   */
  private sinceWrite = new Map<string, { mark: string; known: Map<string, unknown> }>()

  private knownSinceWrite(catalog: Catalog): Map<string, unknown> {
    const table = catalog.table_name
    const mark = `${new Date(catalog.updated_at as any).toISOString()}|${Number(catalog.document_count)}`
    let kept = this.sinceWrite.get(table)
    if (kept?.mark !== mark) {
      kept = { mark, known: new Map() }
      this.sinceWrite.set(table, kept)
    }
    return kept.known
  }

  private static keepSinceWrite(known: Map<string, unknown>, key: string, value: unknown): void {
    if (known.size >= KNOWN_SINCE_WRITE_MAX) known.clear()
    known.set(key, value)
  }

  /**
   * A search without text or facets over the listing copy (./listing): the built-in
   * provider's hits (same filters, same id order) and exact count, in one statement that
   * reads whole documents for the page only.
   */
  private async searchListing(input: SearchTypes.ProviderSearchQuery, catalog: Catalog, listing: ListingQuery): Promise<SearchTypes.SearchResult> {
    const started = Date.now()
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const count = input.search_options?.count !== "none"
    const fields = input.attributes_to_retrieve as string[] | undefined
    const keys = fields?.length ? [...new Set(fields.map(topKey))] : undefined

    const kept = this.knownSinceWrite(catalog)
    const countKey = `listing|${listing.where.join(" AND ")}|${JSON.stringify(listing.params)}`
    const known = count ? (kept.get(countKey) as number | undefined) : undefined

    const { sql, params } = listingSql(catalog.table_name, listing, { skip, take, count: count && known === undefined }, keys)
    const [row] = await this.manager_.execute(sql, params)
    const total = count ? (known ?? Number(row.count)) : null
    if (total !== null && known === undefined) VietnamesePostgresSearchService.keepSinceWrite(kept, countKey, total)
    const hits = (typeof row.hits === "string" ? JSON.parse(row.hits) : row.hits) as [string, Record<string, unknown>][]
    return {
      hits: hits.map(([id, document]) => ({ id, document: projectDocument(document, input.attributes_to_retrieve as any) })),
      metadata: { skip, take, count: total, query: input.q, processing_time_ms: Date.now() - started },
    } as SearchTypes.SearchResult
  }

  /**
   * Whether the slim copy holds all a query needs: text through the search vector (no
   * trigram typos, no per-attribute text, no vectors), filters and facets on kept fields,
   * no minimum score or deduplication. Anything else goes the built-in way.
   */
  private async slimAnswers(input: SearchTypes.ProviderSearchQuery, catalog: Catalog): Promise<boolean> {
    const options = input.search_options ?? {}
    const plan = catalog.plan
    if (this.isLakebase_ || plan.vectors.length || options.vector || options.attributes_to_search_on?.length) return false
    if (options.min_score !== undefined || (options.distinct ?? input.index.settings?.distinct_attribute)) return false
    if (input.q?.trim() && options.typo_tolerance && !this.typoTsQuery) return false
    const keys = new Set(slimKeys(plan as any))
    if (!filterKeysWithin(input.filters, keys)) return false
    for (const facet of options.facets ?? []) {
      const field = typeof facet === "string" ? facet : facet.field
      if (!keys.has(topKey(field))) return false
    }
    const table = catalog.table_name
    return this.copyInPlace(this.slimReady, table, slimNames(table).table, () => slimCopyReady(this.execute, table))
  }

  /**
   * The built-in keyword search (same match, rank, filters, order and facet semantics)
   * over the slim copy, in one statement: the matching rows are read once from the copy,
   * and give the count, every facet and the page of hits, whose whole documents are the
   * only ones read from the document table. A query asked again before the next write
   * reads only its page's documents (its count, facets and first 240 ranked ids are known
   * since the write; see sinceWrite); a deeper page is ranked afresh.
   */
  private async searchSlim(input: SearchTypes.ProviderSearchQuery, catalog: Catalog): Promise<SearchTypes.SearchResult> {
    const started = Date.now()
    const plan = catalog.plan
    const options = input.search_options ?? {}
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const slim = `"${slimNames(catalog.table_name).table}"`
    const fragments = this.keywordFragments({ query: input, catalog } as any)
    const filterWhere = toWhereClause(input.filters, plan as any)
    const orderSql = this.resolveOrderBy(input, plan as any, !!fragments.q)
    const requests = normalizeFacetRequests(options.facets, plan as any)

    // Placeholders are bound in the order they appear in the text.
    const params: unknown[] = []
    const rank = fragments.rankSql(params)
    const conditions: string[] = []
    if (fragments.matchSql) conditions.push(fragments.matchSql(params))
    if (filterWhere?.sql) {
      conditions.push(`(${filterWhere.sql})`)
      params.push(...filterWhere.params)
    }
    const matchWhere = conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""
    const facetParams: unknown[] = []
    const facetSql = requests.map((request) => facetSelect(request, !!plan.fields.get(request.field)?.is_array, facetParams))
    const rows = `SELECT "id", "indexed", ${rank} AS score FROM ${slim} ${matchWhere}`
    const page = `h AS (
        SELECT "id", score, row_number() OVER (ORDER BY ${orderSql}) AS pos
        FROM (SELECT "id", "indexed", score FROM m ORDER BY ${orderSql} LIMIT ? OFFSET ?) page
      )`
    const hitsSql = `(SELECT coalesce(jsonb_agg(jsonb_build_array(h."id", h.score, d."document") ORDER BY h.pos), '[]'::jsonb)
           FROM h JOIN "${catalog.table_name}" d ON d."id" = h."id") AS hits`

    // The count, facets and first ranked ids of this match since the last write, if asked
    // before (sinceWrite): then a page among those ids reads only its documents.
    const kept = this.knownSinceWrite(catalog)
    const summaryKey = `search|${rows}|${orderSql}|${facetSql.join("|")}|${JSON.stringify([params, facetParams])}`
    const known = kept.get(summaryKey) as SearchSummary | undefined
    let answer: { hits: unknown }
    if (known && (skip + take <= known.ranked.length || known.ranked.length >= known.count)) {
      answer = { hits: await this.rankedPage(catalog.table_name, known.ranked.slice(skip, skip + take)) }
    } else if (known) {
      // A page past the ranked ids kept: the matching rows are ranked for it, not gathered.
      ;[answer] = await this.manager_.execute(`WITH m AS NOT MATERIALIZED (${rows}), ${page} SELECT ${hitsSql}`, [...params, take, skip])
    } else {
      // One statement, so that the hits, the count, the facets and the ranked ids see the
      // same snapshot (two statements side by side could each see a different side of a write).
      const [row] = await this.manager_.execute(
        `WITH m AS MATERIALIZED (${rows}), ${page}
        SELECT (SELECT COUNT(*)::int FROM m) AS count, ${hitsSql}
          ${facetSql.map((sql, i) => `, (${sql}) AS f${i}`).join("")},
          (SELECT coalesce(jsonb_agg(jsonb_build_array(r."id", r.score) ORDER BY r.pos), '[]'::jsonb)
             FROM (SELECT "id", score, row_number() OVER (ORDER BY ${orderSql}) AS pos
                   FROM (SELECT "id", "indexed", score FROM m ORDER BY ${orderSql} LIMIT ${RANKED_KEPT}) t) r) AS ranked`,
        [...params, take, skip, ...facetParams]
      )
      const { hits, ranked, count, ...facetValues } = row
      answer = { hits }
      const summary: SearchSummary = { ...facetValues, count: Number(count), ranked: typeof ranked === "string" ? JSON.parse(ranked) : ranked }
      VietnamesePostgresSearchService.keepSinceWrite(kept, summaryKey, summary)
    }
    const summary = known ?? (kept.get(summaryKey) as SearchSummary)
    const parse = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v)
    const facets: Record<string, SearchTypes.SearchFacetResult> = {}
    requests.forEach((request, i) => {
      const value = parse(summary[`f${i}`])
      const rows = request.type === "value" ? (value as [string, number][]).map(([v, count]) => ({ value: v, count })) : [value]
      facets[request.field] = mapFacetResult(request, rows)
    })
    return {
      hits: (parse(answer.hits) as [string, number, Record<string, unknown>][]).map(([id, score, document]) => ({
        id,
        score: options.include_score ? Number(score) : undefined,
        document: projectDocument(document, input.attributes_to_retrieve as any),
      })),
      facets: requests.length ? facets : undefined,
      metadata: {
        skip,
        take,
        count: options.count === "none" ? null : summary.count,
        query: input.q,
        processing_time_ms: Date.now() - started,
      },
    } as SearchTypes.SearchResult
  }

  /**
   * Hits for ids already ranked (a page of a kept search summary), with their documents
   * read afresh by primary key, in the ranked order.
   */
  private async rankedPage(table: string, ranked: [string, number][]): Promise<[string, number, Record<string, unknown>][]> {
    if (!ranked.length) return []
    const rows = await this.manager_.execute(
      `SELECT "id", "document" FROM "${table}" WHERE "id" IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(ranked.map(([id]) => id))]
    )
    const documents = new Map(rows.map((row: { id: string; document: unknown }) => [row.id, typeof row.document === "string" ? JSON.parse(row.document) : row.document]))
    return ranked.filter(([id]) => documents.has(id)).map(([id, score]) => [id, score, documents.get(id)])
  }

  /** Set on the copy of this service that runs a typo fallback (see searchWithTypos). */
  private readonly typoTsQuery: string | null = null

  protected override keywordFragments(input: Parameters<PostgresSearchService["keywordFragments"]>[0]) {
    const fragments = super.keywordFragments(input)
    const tsquery = this.typoTsQuery
    if (!tsquery || !fragments.q) return fragments
    // Words of the vocabulary are folded lexemes ([a-z0-9]), so the query needs no quoting.
    const parsed = (params: unknown[]) => {
      params.push(tsquery)
      return `to_tsquery('${this.tsConfig_}', ?)`
    }
    return {
      ...fragments,
      needsBm25Limit: false,
      rankSql: (params: unknown[]) => `ts_rank_cd("search_vector", ${parsed(params)})`,
      matchSql: (params: unknown[]) => `"search_vector" @@ ${parsed(params)}`,
    }
  }

  private vocabularies = new Map<string, { at: number; words: Promise<Map<string, number>> }>()

  /**
   * The words of an index with the number of documents holding each, read from its
   * search vectors (folded lexemes) and kept a minute: a word new to the shop is found
   * exactly at once and forgiven its typos a minute later. About 0.1 s at 10,000 products.
   */
  private vocabulary(table: string): Promise<Map<string, number>> {
    const kept = this.vocabularies.get(table)
    if (kept && Date.now() - kept.at < VOCABULARY_KEEP_MS) return kept.words
    const words = this.retrieve(table)
      .then((catalog: { table_name: string }) =>
        this.manager_.execute(`SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM "${catalog.table_name}"')`)
      )
      .then((rows: { word: string; ndoc: number }[]) => new Map(rows.map((r) => [r.word, Number(r.ndoc)])))
    words.catch(() => this.vocabularies.delete(table))
    this.vocabularies.set(table, { at: Date.now(), words })
    return words
  }
}

const VOCABULARY_KEEP_MS = 60_000

/** Listing counts and search summaries a process keeps per index at most, between writes. */
const KNOWN_SINCE_WRITE_MAX = 2_000

/**
 * Ids a search summary keeps in rank order: the first 20 pages of 12. Deeper pages are
 * ranked when asked. At most about 20 MB for KNOWN_SINCE_WRITE_MAX summaries.
 */
const RANKED_KEPT = 240

/** A search's count, facet values (f0, f1, … as the statement reads them) and first ranked ids. */
type SearchSummary = { count: number; ranked: [string, number][]; [facet: `f${number}`]: unknown }

/** How long a process trusts its last look at whether a slim copy is in place. */
const SLIM_CHECK_MS = 60_000

type Catalog = Awaited<ReturnType<PostgresSearchService["retrieve"]>>

/** Whether every field a filter tree names is one the slim copy keeps. */
function filterKeysWithin(filters: unknown, keys: Set<string>): boolean {
  if (filters === undefined || filters === null) return true
  if (Array.isArray(filters)) return filters.every((f) => filterKeysWithin(f, keys))
  if (typeof filters !== "object") return true
  return Object.entries(filters as Record<string, unknown>).every(([key, value]) => {
    if (key === "q") return true
    if (key === "$and" || key === "$or" || key === "$not") return filterKeysWithin(value, keys)
    return keys.has(topKey(key))
  })
}

/**
 * One facet over the matching rows `m`, as a scalar subquery: the built-in provider's
 * facet query (utils/facets buildFacetQuery: same expressions, order and limits), its
 * rows folded into one JSON value so that every facet comes back in one statement.
 */
function facetSelect(request: NormalizedFacetRequest, isArray: boolean, params: unknown[]): string {
  if (request.type === "stats") {
    const e = `(${jsonbPath(request.field, true)})::float8`
    return `SELECT jsonb_build_object('min', MIN(${e}), 'max', MAX(${e}), 'avg', AVG(${e}), 'sum', SUM(${e}), 'count', COUNT(*)::int) FROM m`
  }
  if (request.type === "range") {
    const e = `(${jsonbPath(request.field, true)})::float8`
    const counts = (request.ranges ?? []).map((range, i) => {
      const conditions: string[] = []
      if (range.from !== undefined) {
        params.push(range.from)
        conditions.push(`${e} >= ?`)
      }
      if (range.to !== undefined) {
        params.push(range.to)
        conditions.push(`${e} < ?`)
      }
      return `'r${i}', COUNT(*) FILTER (WHERE ${conditions.length ? conditions.join(" AND ") : "TRUE"})::int`
    })
    return `SELECT jsonb_build_object(${counts.join(", ") || "'none', 0"}) FROM m`
  }
  const order = request.sort === "alpha" ? "value ASC" : "count DESC, value ASC"
  // An array counts each of its elements once per document, a scalar its text.
  const source = isArray
    ? `SELECT jsonb_array_elements_text(${jsonbPath(request.field)}) AS value FROM m WHERE jsonb_typeof(${jsonbPath(request.field)}) = 'array'`
    : `SELECT ${jsonbPath(request.field, true)} AS value FROM m`
  let prefix = ""
  if (request.query) {
    params.push(`${request.query}%`)
    prefix = "AND value LIKE ?"
  }
  params.push(request.limit ?? 10)
  return `SELECT coalesce(jsonb_agg(jsonb_build_array(f.value, f.count) ORDER BY ${order.replace(/\b(value|count)\b/g, "f.$1")}), '[]'::jsonb)
    FROM (SELECT value, COUNT(*)::int AS count FROM (${source}) x WHERE value IS NOT NULL ${prefix} GROUP BY value ORDER BY ${order} LIMIT ?) f`
}

