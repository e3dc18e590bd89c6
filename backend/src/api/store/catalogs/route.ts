import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listLiveCatalogs } from "./helpers"

/** GET /store/catalogs: the catalogs on show now, newest first (the home page's "Bộ sưu tập"). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const catalogs = await listLiveCatalogs(req.scope)
  res.json({ catalogs, count: catalogs.length })
}
