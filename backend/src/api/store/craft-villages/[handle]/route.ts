import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toPublicVillage } from "../helpers"

/** GET /store/craft-villages/:handle: the village page with its approved producers and artisans. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const handle = req.params.handle!
  const { data } = await query.graph({
    entity: "craft_village",
    fields: req.queryConfig.fields,
    filters: { handle },
  })
  const village = data[0]
  if (!village) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Craft village "${handle}" was not found.`)
  }
  res.json({ craft_village: toPublicVillage(village, req.publishable_key_context.sales_channel_ids) })
}
