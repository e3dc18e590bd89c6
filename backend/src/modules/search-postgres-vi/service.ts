import { normalizeSearchText, searchWords, typoAlternatives } from "@cln/domain"
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
    return PostgresSearchService.prototype.search.call(scoped, {
      ...input,
      search_options: { ...input.search_options, typo_tolerance: false },
    })
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
