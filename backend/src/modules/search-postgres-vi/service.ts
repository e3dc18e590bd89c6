import { normalizeSearchText } from "@cln/domain"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { WRITE_MARK_SQL } from "./generation"

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
 * - queries are folded (diacritics, đ, case, punctuation) before they reach SQL, so the
 *   trigram typo matcher compares ASCII with the folded copies the index definition stores;
 * - typo tolerance is a fallback: the exact (accent-insensitive) query runs first, ranked
 *   by field weight (title before description); only when it finds nothing does the
 *   trigram match run. The built-in provider ranks a typo-tolerant query by
 *   GREATEST(ts_rank, word_similarity), which would tie a title match with a
 *   description match.
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
    return super.upsertIndex(input)
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
      return super.search(folded)
    }
    const exact = await super.search({ ...folded, search_options: { ...folded.search_options, typo_tolerance: false } })
    if (exact.hits.length > 0 || (exact.metadata.count ?? 0) > 0) {
      return exact
    }
    return this.withIndexedTypoMatch((scoped) => PostgresSearchService.prototype.search.call(scoped, folded))
  }

  /**
   * Runs a typo-tolerant search with its match made index-backed. The built-in provider
   * matches typos by `word_similarity(q, search_text) > 0.3`, which no index can answer:
   * every such search read and compared all documents, about 3 s at 10,000 products for a
   * query that matches nothing (docs/benchmarks.md, issue #6). pg_trgm's `q <% search_text`
   * means `word_similarity >= pg_trgm.word_similarity_threshold` and is answered by the
   * trigram index the provider already builds; the threshold is set to 0.3 for this
   * transaction only, and every statement of the search (hits, count, facets) runs in it,
   * on a copy of this service whose manager is the transaction's.
   */
  private async withIndexedTypoMatch<T>(run: (scoped: this) => Promise<T>): Promise<T> {
    const manager = this.manager_ as DbManager
    if (!manager.transactional) return run(this)
    return manager.transactional(async (transaction) => {
      await transaction.execute(`SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)`, [String(TYPO_SIMILARITY)])
      const scoped = Object.create(this, { manager_: { value: transaction }, indexedTypoMatch: { value: true } }) as this
      return run(scoped)
    })
  }

  private readonly indexedTypoMatch: boolean = false

  protected override keywordFragments(input: Parameters<PostgresSearchService["keywordFragments"]>[0]) {
    const fragments = super.keywordFragments(input)
    const matchSql = fragments.matchSql
    if (!this.indexedTypoMatch || !matchSql) return fragments
    return { ...fragments, matchSql: (params: unknown[]) => indexedTypoMatchSql(matchSql(params)) }
  }
}

/** The built-in typo threshold (`word_similarity(…) > 0.3`), kept. */
export const TYPO_SIMILARITY = 0.3
const SCANNING_TYPO_MATCH = `word_similarity(?, "search_text") > ${TYPO_SIMILARITY}`

/**
 * The built-in typo match with its whole-table comparison replaced by the index-backed
 * operator (same placeholder, same meaning under the transaction's threshold). A match
 * over chosen attributes (no stored text to index) is left as it is. The unit test reads
 * the built-in SQL, so an upgrade that changes its shape fails there.
 */
export function indexedTypoMatchSql(sql: string): string {
  return sql.replace(SCANNING_TYPO_MATCH, `? <% "search_text"`)
}
