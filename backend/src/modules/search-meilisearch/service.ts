import { normalizeSearchText } from "@cln/domain"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch as MeiliClient, SearchParams, SearchResponse, Settings } from "meilisearch" with { "resolution-mode": "import" }
import { primaryKeyIds, toMeilisearchFilter } from "./filters"

export type MeilisearchProviderOptions = {
  host: string
  api_key?: string
  /** Prepended to every index uid, so several apps (or test runs) can share one server. */
  index_prefix?: string
  /** How long to wait for a write task before the module gives up (ms). */
  task_timeout_ms?: number
}

type FieldMap = Record<string, SearchTypes.SearchFieldDefinition>
type FlatField = { path: string; field: SearchTypes.SearchFieldDefinition }

function flatten(fields: FieldMap, prefix = ""): FlatField[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields ? flatten(field.fields, path) : [{ path, field }]
  })
}

const weightOf = (field: SearchTypes.SearchFieldDefinition) =>
  typeof field.searchable === "object" ? field.searchable.weight ?? 1 : field.searchable ? 1 : 0

/**
 * Index settings from a definition: searchable attributes ordered by weight (Meilisearch's
 * "attribute" ranking rule puts a title match before a description match), filterable
 * attributes for filters and facets, typo tolerance from the fifth letter ("tuyat" →
 * "tuyet"). Meilisearch's tokenizer already ignores Latin diacritics; the definition's
 * folded fields and the folded query keep đ/d and the ranking the same as on PostgreSQL.
 */
export function meilisearchSettings(definition: SearchTypes.ResolvedSearchIndexDefinition): Settings {
  const flat = flatten(definition.fields as FieldMap)
  for (const { path, field } of flat) {
    if (field.type === "geo" || field.type === "vector") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The Meilisearch provider does not support ${field.type} fields ("${path}")`)
    }
  }
  const searchable = flat
    .map((f, order) => ({ ...f, order, weight: weightOf(f.field) }))
    .filter((f) => f.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((f) => f.path)
  return {
    searchableAttributes: searchable,
    filterableAttributes: flat.filter(({ field }) => field.filterable || field.facetable).map((f) => f.path),
    sortableAttributes: flat.filter(({ field }) => field.sortable).map((f) => f.path),
    displayedAttributes: flat.filter(({ field }) => field.retrievable !== false).map((f) => f.path),
    typoTolerance: { enabled: definition.settings?.typo_tolerance?.enabled ?? true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 10_000 },
  }
}

type RangeRequest = { field: string; ranges: { key: string; from?: number; to?: number }[] }

export default class MeilisearchSearchService extends AbstractSearchProviderService {
  static override identifier = "search-meilisearch"

  private readonly options_: MeilisearchProviderOptions
  private readonly logger_?: Logger
  private client_: Promise<MeiliClient> | null = null

  constructor({ logger }: { logger?: Logger }, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The Meilisearch search provider needs a host (MEILISEARCH_HOST)")
    }
    this.options_ = options
    this.logger_ = logger
  }

  /** The client is ESM-only, so it is loaded on first use. */
  private client(): Promise<MeiliClient> {
    this.client_ ??= import("meilisearch").then(({ Meilisearch }) => new Meilisearch({ host: this.options_.host, apiKey: this.options_.api_key }))
    return this.client_
  }

  private uid(index: string): string {
    return `${this.options_.index_prefix ?? ""}${index}`
  }

  private enqueued(index: string, task: { taskUid: number }): SearchTypes.SearchTask {
    return { id: String(task.taskUid), index, status: "enqueued" }
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id) return task
    const client = await this.client()
    const done = await client.tasks.waitForTask(Number(task.id), { timeout: options?.timeout_ms ?? this.options_.task_timeout_ms ?? 60_000 })
    return {
      ...task,
      status: done.status === "succeeded" ? "succeeded" : done.status === "failed" || done.status === "canceled" ? "failed" : "processing",
      ...(done.error ? { error: { message: done.error.message } } : {}),
    }
  }

  override async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    const uid = this.uid(index.physical_name)
    const created = await client.createIndex(uid, { primaryKey: index.primary_key ?? "id" }).waitTask()
    if (created.status === "failed" && created.error?.code !== "index_already_exists") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch could not create index "${uid}": ${created.error?.message}`)
    }
    const task = await client.index(uid).updateSettings(meilisearchSettings(index))
    return this.enqueued(index.physical_name, task)
  }

  override async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    await client.deleteIndexIfExists(this.uid(index))
    return { index, status: "succeeded" }
  }

  override async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const client = await this.client()
    const prefix = this.options_.index_prefix ?? ""
    const [{ results }, stats] = await Promise.all([client.getRawIndexes({ limit: 1000 }), client.getStats()])
    return results
      .filter((i) => i.uid.startsWith(prefix))
      .map((i) => ({
        name: i.uid.slice(prefix.length),
        provider: MeilisearchSearchService.identifier,
        document_count: stats.indexes[i.uid]?.numberOfDocuments ?? 0,
        created_at: new Date(i.createdAt),
        updated_at: new Date(i.updatedAt),
      }))
  }

  override async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) return { index, status: "succeeded" }
    const client = await this.client()
    const task = await client.index(this.uid(index)).addDocuments(documents, { primaryKey: definition.primary_key ?? "id" })
    return this.enqueued(index, task)
  }

  override async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    const target = client.index(this.uid(index))
    const primaryKey = (await target.getRawInfo()).primaryKey ?? "id"
    const ids = primaryKeyIds(filters, primaryKey)
    const task = ids ? await target.deleteDocuments(ids) : await target.deleteDocuments({ filter: toMeilisearchFilter(filters) })
    return this.enqueued(index, task)
  }

  override async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    return this.enqueued(index, await client.index(this.uid(index)).deleteAllDocuments())
  }

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const client = await this.client()
    const options = input.search_options ?? {}
    const uid = this.uid(input.index.physical_name)
    const q = input.q === undefined ? "" : normalizeSearchText(input.q)
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const filter = toMeilisearchFilter(input.filters)
    if (options.vector || options.distinct || options.highlight || input.pagination?.cursor) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The Meilisearch provider serves keyword search with filters, facets and sorting only")
    }

    const valueFacets: string[] = []
    const rangeFacets: RangeRequest[] = []
    for (const request of options.facets ?? []) {
      if (typeof request === "string" || (request.type ?? "value") === "value") {
        valueFacets.push(typeof request === "string" ? request : request.field)
      } else if (request.type === "range") {
        rangeFacets.push({
          field: request.field,
          ranges: request.ranges.map((r) => ({
            key: r.key ?? `${r.from ?? "*"}-${r.to ?? "*"}`,
            from: r.from === undefined ? undefined : Number(r.from),
            to: r.to === undefined ? undefined : Number(r.to),
          })),
        })
      } else {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The Meilisearch provider does not compute ${request.type} facets`)
      }
    }

    const sort = Object.entries(input.pagination?.order ?? {})
      .filter(([field]) => field !== "_score")
      .map(([field, dir]) => `${field}:${String(dir).toUpperCase() === "ASC" ? "asc" : "desc"}`)
    // Page mode gives an exact total; offset mode only an estimate.
    const paging: SearchParams =
      take > 0 && skip % take === 0 ? { hitsPerPage: take, page: skip / take + 1 } : { offset: skip, limit: take }
    const main: SearchParams & { indexUid: string } = {
      indexUid: uid,
      q,
      ...paging,
      ...(filter ? { filter } : {}),
      ...(valueFacets.length ? { facets: valueFacets } : {}),
      ...(sort.length ? { sort } : {}),
      attributesToRetrieve: input.attributes_to_retrieve,
      matchingStrategy: options.match_strategy === "last" ? "last" : "all",
      showRankingScore: !!options.include_score,
    }
    // A range facet is one count per bracket: the same query, narrowed, no hits.
    const rangeQueries = rangeFacets.flatMap((facet) =>
      facet.ranges.map((range) => {
        const bounds = [
          range.from !== undefined ? `${facet.field} >= ${range.from}` : "",
          range.to !== undefined ? `${facet.field} < ${range.to}` : "",
        ].filter(Boolean)
        const narrowed = [filter ? `(${filter})` : "", ...bounds].filter(Boolean).join(" AND ")
        return { indexUid: uid, q, hitsPerPage: 0, page: 1, matchingStrategy: main.matchingStrategy, ...(narrowed ? { filter: narrowed } : {}) }
      })
    )
    const started = Date.now()
    const { results } = (await client.multiSearch({ queries: [main, ...rangeQueries] as any })) as { results: SearchResponse[] }
    const [first, ...ranges] = results
    const response = first!
    const total = (response as any).totalHits ?? (response as any).estimatedTotalHits ?? response.hits.length

    const facets: Record<string, SearchTypes.SearchFacetResult> = {}
    for (const field of valueFacets) {
      const distribution = response.facetDistribution?.[field] ?? {}
      facets[field] = {
        type: "value",
        values: Object.entries(distribution)
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      }
    }
    let cursor = 0
    for (const facet of rangeFacets) {
      facets[facet.field] = {
        type: "range",
        ranges: facet.ranges.map((range) => {
          const r = ranges[cursor++] as any
          return { key: range.key, from: range.from, to: range.to, count: r?.totalHits ?? r?.estimatedTotalHits ?? 0 }
        }),
      }
    }

    const primaryKey = input.index.primary_key ?? "id"
    return {
      hits: response.hits.map((hit: any) => {
        const { _rankingScore, ...document } = hit
        return { id: String(hit[primaryKey]), score: options.include_score ? _rankingScore : undefined, document }
      }),
      facets: Object.keys(facets).length ? facets : undefined,
      metadata: {
        skip,
        take,
        count: options.count === "none" ? null : total,
        query: input.q,
        processing_time_ms: Date.now() - started,
      },
    }
  }
}
