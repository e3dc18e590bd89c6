import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toPublicArtisan } from "../../craft-villages/helpers"

/** GET /store/artisans/:handle: an artisan with their works, village and (approved) producer. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const handle = req.params.handle!
  const { data } = await query.graph({
    entity: "artisan",
    fields: req.queryConfig.fields,
    filters: { handle },
  })
  const artisan = data[0]
  if (!artisan) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan "${handle}" was not found.`)
  }
  res.json({ artisan: toPublicArtisan(artisan) })
}
