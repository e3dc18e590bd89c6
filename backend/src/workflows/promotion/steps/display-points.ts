import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getSelectsAndRelationsFromObjectArray, MedusaError } from "@medusajs/framework/utils"
import { isHandle, type DisplayPointKind } from "@cln/domain"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"

export type DisplayPointData = {
  handle: string
  name: string
  name_en?: string | null
  kind: DisplayPointKind
  address: string
  commune: string
  province: string
  lat?: number | null
  lng?: number | null
  active?: boolean
  catalog_id?: string | null
}

/** A point's handle is printed in its poster's URL: well-formed and free; its catalog must exist. */
export const validateDisplayPointStep = createStep(
  "validate-display-point",
  async (input: { id?: string; handle?: string; catalog_id?: string | null }, { container }) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    if (input.id) {
      const [point] = await service.listDisplayPoints({ id: input.id }, { select: ["id", "handle"], take: 1 })
      if (!point) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy điểm trưng bày / Display point ${input.id} was not found.`)
      if (input.handle === point.handle) input = { ...input, handle: undefined }
    }
    if (input.handle !== undefined) {
      if (!isHandle(input.handle)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Đường dẫn "${input.handle}" không hợp lệ: dùng chữ thường không dấu, số và gạch nối / Invalid handle "${input.handle}": use lowercase letters, digits and hyphens.`
        )
      }
      const [taken] = await service.listDisplayPoints({ handle: input.handle }, { select: ["id"], take: 1 })
      if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Đường dẫn "${input.handle}" đã được dùng / The handle "${input.handle}" is already taken.`)
    }
    if (input.catalog_id) {
      const [catalog] = await service.listFeaturedCatalogs({ id: input.catalog_id }, { select: ["id"], take: 1 })
      if (!catalog) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Danh mục không tồn tại / Catalog ${input.catalog_id} does not exist.`)
    }
    return new StepResponse(undefined)
  }
)

export const createDisplayPointStep = createStep(
  "create-display-point",
  async (data: DisplayPointData, { container }) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    const created = await service.createDisplayPoints(data)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    await service.deleteDisplayPoints(id)
  }
)

export const updateDisplayPointStep = createStep(
  "update-display-point",
  async (update: Partial<DisplayPointData> & { id: string }, { container }) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    const { selects } = getSelectsAndRelationsFromObjectArray([update])
    const [previous] = await service.listDisplayPoints({ id: update.id }, { select: ["id", ...selects] })
    const updated = await service.updateDisplayPoints(update)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    await service.updateDisplayPoints(previous as any)
  }
)

export const recordDisplayPointScanStep = createStep(
  "record-display-point-scan",
  async (input: { display_point_id: string; locale: string | null }, { container }) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    const scan = await service.createDisplayPointScans({ display_point_id: input.display_point_id, locale: input.locale, scanned_at: new Date() })
    return new StepResponse(scan, scan.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    await service.deleteDisplayPointScans(id)
  }
)
