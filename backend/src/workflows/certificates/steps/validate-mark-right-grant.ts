import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isCalendarDate, isRightCurrent, storedDateToCalendar, type CalendarDate } from "@cln/domain"
import { GEO_INDICATION_MODULE } from "../../../modules/geo-indication"
import type GeoIndicationModuleService from "../../../modules/geo-indication/service"
import { markNotFound, todayOr } from "../utils/records"

export type ValidateMarkRightGrantInput = {
  geo_mark_id: string
  producer_id: string
  granted_at: CalendarDate
  expires_at?: CalendarDate | null
  today?: CalendarDate | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * A managing body grants a right to an approved producer, once at a time per mark; the
 * dates must make sense. Where the producer works is checked when a product claims the
 * mark (a GI's area), not here: the managing body's decision is recorded as it was made.
 */
export const validateMarkRightGrantStep = createStep(
  "validate-mark-right-grant",
  async (input: ValidateMarkRightGrantInput, { container }) => {
    const today = todayOr(input.today)
    const service: GeoIndicationModuleService = container.resolve(GEO_INDICATION_MODULE)
    const [mark] = await service.listGeoMarks({ id: input.geo_mark_id }, { select: ["id", "name", "kind"] })
    if (!mark) throw markNotFound(input.geo_mark_id)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [producer] } = await query.graph({
      entity: "producer",
      fields: ["id", "status", "mark_rights.id", "mark_rights.status", "mark_rights.expires_at", "mark_rights.geo_mark.id"],
      filters: { id: input.producer_id },
    })
    if (!producer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy người bán "${input.producer_id}" / Producer "${input.producer_id}" was not found.`)
    }
    if ((producer as any).status !== "approved") {
      throw invalid(`Chỉ cấp quyền cho người bán đã được duyệt / Rights are granted to approved producers only (this one is "${(producer as any).status}").`)
    }
    if (!isCalendarDate(input.granted_at) || (input.expires_at && !isCalendarDate(input.expires_at))) {
      throw invalid("Ngày phải có dạng YYYY-MM-DD / Dates must be written YYYY-MM-DD.")
    }
    if (input.granted_at > today) throw invalid(`Ngày cấp ${input.granted_at} ở tương lai / The grant date ${input.granted_at} is in the future.`)
    if (input.expires_at && input.expires_at <= input.granted_at) {
      throw invalid("Ngày hết hạn phải sau ngày cấp / The end date must be after the grant date.")
    }
    if (input.expires_at && input.expires_at < today) {
      throw invalid(`Quyền này đã hết hạn ngày ${input.expires_at} / This right already ended on ${input.expires_at}.`)
    }
    const held = ((producer as any).mark_rights ?? []).find(
      (r: any) =>
        r?.geo_mark?.id === mark.id &&
        isRightCurrent({ status: r.status, expires_at: r.expires_at ? storedDateToCalendar(r.expires_at) : null }, today)
    )
    if (held) {
      throw invalid(`Người bán đã có quyền sử dụng "${mark.name}" còn hiệu lực / The producer already holds a current right to use "${mark.name}".`)
    }
    return new StepResponse({ geo_mark_id: mark.id, name: mark.name })
  }
)
