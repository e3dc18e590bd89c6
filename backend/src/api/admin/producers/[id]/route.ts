import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [producer] } = await query.graph({
    entity: "producer",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${req.params.id} was not found.`)
  res.json({ producer })
}
