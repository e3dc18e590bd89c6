import { normalizeSearchText } from "@cln/domain"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"

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
    return super.upsertDocuments(input)
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
    return super.search(folded)
  }
}
