import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { communeFromAddress, communeInArea, isRightCurrent, storedDateToCalendar, type CalendarDate, type MarkAreaEntry } from "@cln/domain"
import { GEO_INDICATION_MODULE } from "../../../modules/geo-indication"
import type GeoIndicationModuleService from "../../../modules/geo-indication/service"
import { markNotFound, todayOr } from "../utils/records"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * A product may claim a mark only while its producer holds a current right to use it;
 * for a geographic indication the producer must also work inside the registered area
 * (its village's commune, or the commune in its address), matched by today's or pre-2025
 * commune names. Returns whether the product already claims the mark.
 */
export const validateMarkClaimStep = createStep(
  "validate-mark-claim",
  async (input: { producer_id: string; product_id: string; geo_mark_id: string; today?: CalendarDate | null }, { container }) => {
    const today = todayOr(input.today)
    const service: GeoIndicationModuleService = container.resolve(GEO_INDICATION_MODULE)
    const [mark] = await service.listGeoMarks({ id: input.geo_mark_id }, { select: ["id", "name", "kind", "area"] })
    if (!mark) throw markNotFound(input.geo_mark_id)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [producer] } = await query.graph({
      entity: "producer",
      fields: [
        "id",
        "address",
        "craft_village.commune",
        "craft_village.province",
        "mark_rights.status",
        "mark_rights.expires_at",
        "mark_rights.geo_mark.id",
      ],
      filters: { id: input.producer_id },
    })
    const p = producer as any
    const holds = (p?.mark_rights ?? []).some(
      (r: any) =>
        r?.geo_mark?.id === mark.id &&
        isRightCurrent({ status: r.status, expires_at: r.expires_at ? storedDateToCalendar(r.expires_at) : null }, today)
    )
    if (!holds) {
      throw invalid(
        `Bạn chưa có quyền sử dụng "${mark.name}" còn hiệu lực; hãy đề nghị cơ quan quản lý cấp quyền trước / You hold no current right to use "${mark.name}"; ask its managing body to grant one first.`
      )
    }
    if (mark.kind === "geographic_indication") {
      const places: { commune: string; province: string | null }[] = []
      if (p.craft_village?.commune) places.push({ commune: p.craft_village.commune, province: p.craft_village.province })
      const fromAddress = p.address ? communeFromAddress(p.address) : null
      if (fromAddress) places.push({ commune: fromAddress.commune, province: fromAddress.province ?? p.craft_village?.province ?? null })
      const area = (mark.area ?? []) as unknown as MarkAreaEntry[]
      const inside = places.some((place) => place.province && communeInArea(place.commune, place.province, area))
      if (!inside) {
        const where = places.map((place) => place.commune).join(", ") || "không rõ / unknown"
        throw invalid(
          `Xã/phường của bạn (${where}) không thuộc vùng chỉ dẫn địa lý "${mark.name}" / Your commune (${where}) is outside the area of the geographical indication "${mark.name}".`
        )
      }
    }
    const { data: [product] } = await query.graph({ entity: "product", fields: ["geo_marks.id"], filters: { id: input.product_id } })
    const already = ((product as any)?.geo_marks ?? []).some((m: any) => m?.id === mark.id)
    return new StepResponse({ geo_mark_id: mark.id, already_claimed: already })
  }
)
