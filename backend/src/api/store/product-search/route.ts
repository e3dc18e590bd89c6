import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { facetRequests, priceFacet, searchFilters, starsFacet, valueFacet } from "./helpers"
import { facetNames, type FacetKind } from "./names"
import type { StoreProductSearchType } from "./validators"
import { keySalesChannels } from "../utils/sales-channels"

const HIT_FIELDS = ["id", "handle", "title", "thumbnail", "price", "stars", "marks", "mark_names", "village", "village_name", "province", "craft", "craft_name", "in_stock"]

/**
 * GET /store/product-search?q=&craft=&village=&province=&min_stars=&mark=&price_min=&price_max=&page=&limit=
 *
 * Searches the product index (Search Module; PostgreSQL read the Vietnamese way, or
 * Meilisearch) for published products of the key's sales channels, typo-tolerant, and
 * answers hits with facet counts over the whole result set. Facet values that name
 * nothing (a craft, village, province or mark that does not exist) are a 400.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreProductSearchType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const input = req.validatedQuery
  const salesChannelIds = keySalesChannels(req)

  // Names for facet labels, and the check that a requested facet value exists.
  const asked: [FacetKind, string][] = []
  if (input.craft) asked.push(["craft", input.craft])
  if (input.village) asked.push(["village", input.village])
  if (input.mark) asked.push(["mark", input.mark])
  if (input.province) asked.push(["province", input.province])
  let names = await facetNames(req.scope, asked)
  const unknown = (kind: string, value: string) =>
    new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown ${kind} "${value}"`)
  if (input.craft && !names.crafts.has(input.craft)) throw unknown("craft", input.craft)
  if (input.village && !names.villages.has(input.village)) throw unknown("village", input.village)
  if (input.mark && !names.marks.has(input.mark)) throw unknown("mark", input.mark)
  if (input.province && !names.provinces.has(input.province)) throw unknown("province", input.province)

  const take = input.limit
  const { data, search_result } = await query.search({
    entity: "product",
    fields: HIT_FIELDS,
    filters: searchFilters(input, salesChannelIds),
    pagination: { skip: (input.page - 1) * take, take },
    search_options: { typo_tolerance: true, facets: facetRequests, count: "exact" },
  })
  const facets = search_result.facets ?? {}
  const count = search_result.metadata.count ?? data.length
  // Facet values the kept names may lack (a craft, village or mark made a moment ago).
  const shown = (kind: FacetKind, result: (typeof facets)[string] | undefined): [FacetKind, string][] =>
    result?.type === "value" ? result.values.filter((v) => v.value !== "").map((v) => [kind, v.value]) : []
  names = await facetNames(req.scope, [...shown("craft", facets.craft), ...shown("village", facets.village), ...shown("mark", facets.marks)])
  const { crafts: craftNames, villages: villageNames, marks: markNames } = names

  res.json({
    hits: (data as Record<string, any>[]).map((d) => ({
      id: d.id,
      handle: d.handle,
      title: d.title,
      thumbnail: d.thumbnail ?? null,
      price: typeof d.price === "number" ? d.price : null,
      stars: typeof d.stars === "number" ? d.stars : null,
      marks: ((d.marks ?? []) as string[]).map((h, i) => ({ handle: h, name: d.mark_names?.[i] ?? markNames.get(h) ?? h })),
      village: d.village ? { handle: d.village, name: d.village_name ?? villageNames.get(d.village) ?? d.village } : null,
      province: d.province ?? null,
      craft: d.craft ? { handle: d.craft, name: d.craft_name ?? craftNames.get(d.craft) ?? d.craft } : null,
      in_stock: d.in_stock !== false,
    })),
    facets: {
      craft: valueFacet(facets.craft, (v) => craftNames.get(v) ?? v),
      village: valueFacet(facets.village, (v) => villageNames.get(v) ?? v),
      province: valueFacet(facets.province, (v) => v),
      stars: starsFacet(facets.stars),
      mark: valueFacet(facets.marks, (v) => markNames.get(v) ?? v),
      price: priceFacet(facets.price),
    },
    count,
    page: input.page,
    limit: take,
    page_count: Math.max(1, Math.ceil(count / take)),
  })
}
