import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isApprovedProducer, toPublicProducer } from "../../craft-villages/helpers"

/**
 * GET /store/producers/:handle: an approved producer's public page data with its village,
 * artisans and published products. Products are summarised here because /store/products
 * cannot filter by a linked producer without the Index module (its query validator is
 * strict); the storefront prices them through /store/products?id[]=….
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const handle = req.params.handle!
  const { data } = await query.graph({
    entity: "producer",
    fields: req.queryConfig.fields,
    filters: { handle },
  })
  const producer = data[0]
  if (!isApprovedProducer(producer)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer "${handle}" was not found.`)
  }
  res.json({ producer: toPublicProducer(producer, req.publishable_key_context.sales_channel_ids) })
}
