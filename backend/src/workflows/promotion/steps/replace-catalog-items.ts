import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"

export type ReplaceCatalogItemsInput = { catalog_id: string; product_ids: string[] }

/**
 * Sets a catalog's products in the given order (rank 0, 1, 2 …). Items of products that
 * stay keep their notes; a rollback brings back the previous items.
 */
export const replaceCatalogItemsStep = createStep(
  "replace-catalog-items",
  async ({ catalog_id, product_ids }: ReplaceCatalogItemsInput, { container }) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    const previous = await service.listCatalogItems({ catalog_id }, { select: ["id", "product_id", "rank", "note", "note_en", "catalog_id"] })
    const byProduct = new Map(previous.map((i) => [i.product_id, i]))
    const kept = product_ids.filter((id) => byProduct.has(id))
    const removed = previous.filter((i) => !product_ids.includes(i.product_id))
    // Soft-deleted, so a rollback can restore them as they were.
    if (removed.length) await service.softDeleteCatalogItems(removed.map((i) => i.id))
    if (kept.length) {
      await service.updateCatalogItems(kept.map((id) => ({ id: byProduct.get(id)!.id, rank: product_ids.indexOf(id) })))
    }
    const added = product_ids.filter((id) => !byProduct.has(id))
    const created = added.length
      ? await service.createCatalogItems(added.map((product_id) => ({ product_id, rank: product_ids.indexOf(product_id), catalog_id })))
      : []
    return new StepResponse(undefined, { previous, removed: removed.map((i) => i.id), created: created.map((i) => i.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    if (undo.created.length) await service.deleteCatalogItems(undo.created)
    if (undo.removed.length) await service.restoreCatalogItems(undo.removed)
    const stayed = undo.previous.filter((i) => !undo.removed.includes(i.id))
    if (stayed.length) await service.updateCatalogItems(stayed.map((i) => ({ id: i.id, rank: i.rank })))
  }
)
