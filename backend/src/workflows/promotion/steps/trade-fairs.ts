import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, getSelectsAndRelationsFromObjectArray, MedusaError } from "@medusajs/framework/utils"
import { isHandle } from "@cln/domain"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import { PRODUCER_MODULE } from "../../../modules/producer"

export type TradeFairData = {
  handle: string
  name: string
  name_en?: string | null
  starts_on: Date | string
  ends_on: Date | string
  place: string
  province: string
  description?: string | null
  description_en?: string | null
}

/**
 * A fair's handle is free and well-formed, it ends on or after the day it starts, and
 * every participant is an approved producer.
 */
export const validateTradeFairStep = createStep(
  "validate-trade-fair",
  async (
    input: { id?: string; handle?: string; starts_on?: Date | string; ends_on?: Date | string; producer_ids?: string[] },
    { container }
  ) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    const current = input.id
      ? (await service.listTradeFairs({ id: input.id }, { select: ["id", "handle", "starts_on", "ends_on"], take: 1 }))[0]
      : undefined
    if (input.id && !current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy hội chợ / Fair ${input.id} was not found.`)
    if (input.handle !== undefined && input.handle !== current?.handle) {
      if (!isHandle(input.handle)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Đường dẫn "${input.handle}" không hợp lệ: dùng chữ thường không dấu, số và gạch nối / Invalid handle "${input.handle}": use lowercase letters, digits and hyphens.`
        )
      }
      const [taken] = await service.listTradeFairs({ handle: input.handle }, { select: ["id"], take: 1 })
      if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Đường dẫn "${input.handle}" đã được dùng / The handle "${input.handle}" is already taken.`)
    }
    const starts = new Date(input.starts_on ?? current!.starts_on)
    const ends = new Date(input.ends_on ?? current!.ends_on)
    if (ends.getTime() < starts.getTime()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ngày kết thúc phải từ ngày bắt đầu trở đi / The fair must end on or after the day it starts.")
    }
    if (input.producer_ids?.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "producer", fields: ["id", "status"], filters: { id: input.producer_ids } })
      const approved = new Set(data.filter((p) => p.status === "approved").map((p) => p.id))
      const refused = input.producer_ids.filter((id) => !approved.has(id))
      if (refused.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Chỉ người bán đã được duyệt mới tham gia hội chợ: ${refused.join(", ")} / Only approved producers can take part: ${refused.join(", ")}.`
        )
      }
    }
    return new StepResponse(undefined)
  }
)

export const createTradeFairStep = createStep(
  "create-trade-fair",
  async (data: TradeFairData, { container }) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    const created = await service.createTradeFairs({ ...data, starts_on: new Date(data.starts_on), ends_on: new Date(data.ends_on) })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    await service.deleteTradeFairs(id)
  }
)

export const updateTradeFairStep = createStep(
  "update-trade-fair",
  async (update: Partial<TradeFairData> & { id: string }, { container }) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    const { selects } = getSelectsAndRelationsFromObjectArray([update])
    const [previous] = await service.listTradeFairs({ id: update.id }, { select: ["id", ...selects] })
    const { starts_on, ends_on, ...rest } = update
    const updated = await service.updateTradeFairs({
      ...rest,
      ...(starts_on ? { starts_on: new Date(starts_on) } : {}),
      ...(ends_on ? { ends_on: new Date(ends_on) } : {}),
    })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    await service.updateTradeFairs(previous as any)
  }
)

/** The fair's current participants, to know which links to add and which to dismiss. */
export const listFairProducersStep = createStep("list-fair-producers", async (fairId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "trade_fair", fields: ["producers.id"], filters: { id: fairId } })
  return new StepResponse(((data[0]?.producers ?? []) as { id: string }[]).filter(Boolean).map((p) => p.id))
})

export const fairProducerLinks = (fairId: string, producerIds: string[]) =>
  producerIds.map((producer_id) => ({ [CATALOG_MODULE]: { trade_fair_id: fairId }, [PRODUCER_MODULE]: { producer_id } }))
