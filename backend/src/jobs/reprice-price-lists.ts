import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRICE_LIST_CHANGED } from "../search/product"

/** How far back a run looks: two periods, so that nothing falls between two runs. */
const LOOKBACK_MS = 2 * 60_000

/**
 * Every minute: price lists written or deleted, or whose start or end time came, since
 * the last run. Medusa's price list workflows send no event for the list itself (its
 * status, dates, rules, its deletion), and nothing happens at all when the clock reaches a
 * sale's start or end; but the product cards show the calculated price, sale included,
 * read into the search index. This job sends PRICE_LIST_CHANGED for each such list, and
 * the product index prices its products again (../search/product.ts): a paused, ended or
 * started sale shows on the cards within a minute. A list seen by two runs is priced
 * twice, which writes the same documents.
 */
export default async function repricePriceListsJob(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const since = new Date(now.getTime() - LOOKBACK_MS)
  const within = { $gt: since, $lte: now }
  const { data } = await query.graph({
    entity: "price_list",
    fields: ["id"],
    filters: { $or: [{ updated_at: within }, { deleted_at: within }, { starts_at: within }, { ends_at: within }] },
    withDeleted: true,
  })
  if (!data.length) return
  await container.resolve(Modules.EVENT_BUS).emit(data.map((list) => ({ name: PRICE_LIST_CHANGED, data: { id: list.id } })))
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Price lists changed or begun or ended: ${data.length}; their products are priced again`)
}

export const config = {
  name: "reprice-price-lists",
  schedule: "* * * * *",
}
