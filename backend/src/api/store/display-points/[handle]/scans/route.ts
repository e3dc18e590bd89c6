import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isHandle } from "@cln/domain"
import { recordDisplayPointScanWorkflow } from "../../../../../workflows/promotion/workflows/display-points"
import { listLiveCatalogs } from "../../../catalogs/helpers"
import type { StoreDisplayPointScanType } from "../../validators"

/**
 * POST /store/display-points/:handle/scans { locale }: a passer-by scanned the point's
 * poster. Counts the scan and answers the point with the catalog it shows now (null
 * when it shows none, or its catalog is not on show).
 */
export const POST = async (req: MedusaRequest<StoreDisplayPointScanType>, res: MedusaResponse) => {
  const handle = req.params.handle!
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = isHandle(handle)
    ? await query.graph({
        entity: "display_point",
        fields: ["id", "handle", "name", "name_en", "kind", "address", "commune", "province", "lat", "lng", "catalog.id"],
        filters: { handle, active: true },
      })
    : { data: [] }
  const point = data[0]
  if (!point) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có điểm trưng bày "${handle}" / No display point "${handle}".`)
  await recordDisplayPointScanWorkflow(req.scope).run({ input: { display_point_id: point.id, locale: req.validatedBody.locale ?? null } })
  const [catalog] = point.catalog?.id ? await listLiveCatalogs(req.scope, { id: point.catalog.id }) : []
  const { catalog: _link, ...display_point } = point
  res.status(201).json({ display_point, catalog: catalog ?? null })
}
