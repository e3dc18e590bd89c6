import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toPublicMark } from "../helpers"

/**
 * GET /store/marks/:handle: a mark's page: what makes the product distinctive, its area
 * and map, the producers holding a current right and their published products claiming it.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const handle = req.params.handle!
  const { data: [mark] } = await query.graph({ entity: "geo_mark", fields: req.queryConfig.fields, filters: { handle } })
  if (!mark) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy nhãn "${handle}" / Mark "${handle}" was not found.`)
  }
  res.json(toPublicMark(mark, req.publishable_key_context.sales_channel_ids))
}
