import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toPublicMarkSummary } from "./helpers"
import type { StoreListMarksType } from "./validators"

/** GET /store/marks: geographic indications and collective/certification marks, with how many producers may use each. */
export const GET = async (req: MedusaStoreRequest & { validatedQuery: StoreListMarksType }, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "geo_mark",
    fields: req.queryConfig.fields,
    filters: req.validatedQuery.kind ? { kind: req.validatedQuery.kind } : {},
  })
  const marks = (data as any[]).map(toPublicMarkSummary).sort((a, b) => String(a.name).localeCompare(String(b.name), "vi"))
  res.json({ marks })
}
