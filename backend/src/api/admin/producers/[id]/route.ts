import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateProducerWorkflow } from "../../../../workflows/producer/workflows/update-producer"
import { adminProducerFields } from "../query-config"
import type { AdminUpdateProducerType } from "../validators"

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

/** POST /admin/producers/:id: an officer corrects the record or sets the commission. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateProducerType>, res: MedusaResponse) => {
  await updateProducerWorkflow(req.scope).run({ input: { id: req.params.id!, update: req.validatedBody } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [producer] } = await query.graph({ entity: "producer", fields: adminProducerFields, filters: { id: req.params.id } })
  res.json({ producer })
}
