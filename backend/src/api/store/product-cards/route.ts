import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { facetNames, type FacetKind } from "../product-search/names"
import { CARD_FIELDS, regionCurrency, toProductCard } from "./helpers"
import type { StoreListProductCardsType } from "./validators"
import { keySalesChannels } from "../utils/sales-channels"

/**
 * GET /store/product-cards?craft=&min_stars=&mark=&region_id=&locale=&page=&limit=
 *
 * The shop's product listing: published products of the key's sales channels, newest
 * first (by id: Medusa's ids are ULIDs, so the order is stable and each product has
 * one place in it), as the cards show them, with the count. Read from the product search
 * index (src/search/product.ts), which is kept current by product, price, stock and
 * certificate events; the PostgreSQL provider answers it from the index's listing copy in
 * one statement (modules/search-postgres-vi/listing.ts).
 *
 * A craft or mark that names nothing, a region that does not exist or a page past the
 * last one is a 400 that says so; page 1 of an empty listing is not.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreListProductCardsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const input = req.validatedQuery
  const salesChannelIds = keySalesChannels(req)

  const asked: [FacetKind, string][] = []
  if (input.craft) asked.push(["craft", input.craft])
  if (input.mark) asked.push(["mark", input.mark])
  const [names, currency] = await Promise.all([
    asked.length ? facetNames(req.scope, asked) : null,
    input.region_id ? regionCurrency(req.scope, input.region_id) : null,
  ])
  if (input.craft && !names?.crafts.has(input.craft)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown craft "${input.craft}"`)
  if (input.mark && !names?.marks.has(input.mark)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown mark "${input.mark}"`)
  if (input.region_id && !currency) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown region "${input.region_id}"`)

  const filters: SearchTypes.SearchFilters = { status: "published", sales_channel_ids: { $overlaps: salesChannelIds } }
  if (input.craft) filters.craft = input.craft
  if (input.min_stars !== undefined) filters.stars = { $gte: input.min_stars }
  if (input.mark) filters.marks = { $overlaps: [input.mark] }

  const take = input.limit
  const { data, search_result } = await query.search({
    entity: "product",
    fields: CARD_FIELDS,
    filters,
    pagination: { skip: (input.page - 1) * take, take, order: { id: "DESC" } },
    search_options: { count: "exact" },
  })
  const count = search_result.metadata.count ?? data.length
  const pageCount = Math.max(1, Math.ceil(count / take))
  if (input.page > pageCount) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Page ${input.page} is past the last page: ${count} products make ${pageCount} page${pageCount === 1 ? "" : "s"} of ${take}`
    )
  }
  // Medusa takes `?locale=` (or x-medusa-locale) off the query into req.locale.
  const english = !!req.locale?.toLowerCase().startsWith("en")
  res.json({
    cards: (data as Record<string, any>[]).map((d) => toProductCard(d, { currency, english })),
    count,
    page: input.page,
    limit: take,
    page_count: pageCount,
  })
}
