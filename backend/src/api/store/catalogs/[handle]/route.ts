import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isHandle } from "@cln/domain"
import { MedusaError } from "@medusajs/framework/utils"
import { listLiveCatalogs } from "../helpers"

/** GET /store/catalogs/:handle: one catalog on show, its products in the officer's order. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const handle = req.params.handle!
  const [catalog] = isHandle(handle) ? await listLiveCatalogs(req.scope, { handle }) : []
  if (!catalog) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có danh mục "${handle}" / No catalog "${handle}" is on show.`)
  res.json({ catalog })
}
