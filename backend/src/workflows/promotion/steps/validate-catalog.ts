import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { IProductModuleService } from "@medusajs/framework/types"
import { checkCatalogProducts, checkCatalogSchedule, isHandle, MAX_CATALOG_PRODUCTS, type CatalogProductProblem } from "@cln/domain"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"

export type ValidateCatalogInput = {
  /** The catalog being changed; left out when it is new. */
  id?: string
  handle?: string
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  product_ids?: string[]
}

const PROBLEM_WORDS: Record<CatalogProductProblem["problem"], [string, string]> = {
  unknown: ["không tồn tại", "does not exist"],
  deleted: ["đã bị xoá", "was deleted"],
  not_published: ["chưa được đăng bán", "is not published"],
  duplicate: ["có hai lần", "is listed twice"],
}

/**
 * What a catalog must be before it is saved: a free, well-formed handle, an end after its
 * start, at most MAX_CATALOG_PRODUCTS products, each existing, published and listed once.
 * Fields left out keep the stored values, so a partial update is checked as a whole.
 */
export const validateCatalogStep = createStep("validate-catalog", async (input: ValidateCatalogInput, { container }) => {
  const catalogs: CatalogModuleService = container.resolve(CATALOG_MODULE)
  const current = input.id
    ? (await catalogs.listFeaturedCatalogs({ id: input.id }, { select: ["id", "handle", "starts_at", "ends_at"], take: 1 }))[0]
    : undefined
  if (input.id && !current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy danh mục / Catalog ${input.id} was not found.`)

  if (input.handle !== undefined && input.handle !== current?.handle) {
    if (!isHandle(input.handle)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Đường dẫn "${input.handle}" không hợp lệ: dùng chữ thường không dấu, số và gạch nối / Invalid handle "${input.handle}": use lowercase letters, digits and hyphens, e.g. "qua-tet-2027".`
      )
    }
    const [taken] = await catalogs.listFeaturedCatalogs({ handle: input.handle }, { select: ["id"], take: 1 })
    if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Đường dẫn "${input.handle}" đã được dùng / The handle "${input.handle}" is already taken.`)
  }

  // Workflow inputs arrive serialised, so dates may be ISO strings here.
  const window = {
    starts_at: asDate(input.starts_at !== undefined ? input.starts_at : current?.starts_at),
    ends_at: asDate(input.ends_at !== undefined ? input.ends_at : current?.ends_at),
  }
  if (checkCatalogSchedule(window) === "ends_before_start") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ngày kết thúc phải sau ngày bắt đầu / The end date must be after the start date.")
  }

  if (input.product_ids) {
    if (input.product_ids.length > MAX_CATALOG_PRODUCTS) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Một danh mục có tối đa ${MAX_CATALOG_PRODUCTS} sản phẩm / A catalog holds at most ${MAX_CATALOG_PRODUCTS} products.`
      )
    }
    await assertCatalogProducts(container.resolve<IProductModuleService>(Modules.PRODUCT), input.product_ids)
  }
  return new StepResponse(undefined)
})

const asDate = (value: Date | string | null | undefined): Date | null => (value ? new Date(value) : null)

/** Refuses the list, naming every product a buyer could not open. */
export async function assertCatalogProducts(products: IProductModuleService, productIds: string[]): Promise<void> {
  const found = productIds.length
    ? await products.listProducts({ id: [...new Set(productIds)] }, { select: ["id", "title", "status", "deleted_at"], withDeleted: true })
    : []
  const problems = checkCatalogProducts(productIds, found as any[])
  if (!problems.length) return
  const titleOf = new Map(found.map((p) => [p.id, p.title]))
  const words = (lang: 0 | 1) =>
    problems.map((p) => `"${titleOf.get(p.product_id) ?? p.product_id}" ${PROBLEM_WORDS[p.problem][lang]}`).join("; ")
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không thể đưa vào danh mục: ${words(0)} / Cannot list in the catalog: ${words(1)}.`)
}
