import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { isRightCurrent, storedDateToCalendar, type CalendarDate } from "@cln/domain"
import { GEO_INDICATION_MODULE } from "../../../modules/geo-indication"
import { claimsOfProducer, todayOr, type MarkClaim } from "../utils/records"

const linkOf = (c: MarkClaim) => ({ [Modules.PRODUCT]: { product_id: c.product_id }, [GEO_INDICATION_MODULE]: { geo_mark_id: c.geo_mark_id } })

/**
 * Removes the claims that rested on rights which have just ended: each (producer, mark)
 * pair loses its products' claims of the mark, unless the producer still holds another
 * current right to it. Runs after the rights were updated, so "current" is as of now.
 */
export const removeMarkClaimsStep = createStep(
  "remove-mark-claims",
  async (input: { holders: { producer_id: string | null; geo_mark_id: string }[]; today?: CalendarDate | null }, { container }) => {
    const today = todayOr(input.today)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const byProducer = new Map<string, Set<string>>()
    for (const h of input.holders) {
      if (!h.producer_id) continue
      byProducer.set(h.producer_id, (byProducer.get(h.producer_id) ?? new Set()).add(h.geo_mark_id))
    }
    const removed: MarkClaim[] = []
    for (const [producerId, markIds] of byProducer) {
      const { data: [producer] } = await query.graph({
        entity: "producer",
        fields: ["mark_rights.status", "mark_rights.expires_at", "mark_rights.geo_mark.id"],
        filters: { id: producerId },
      })
      const stillHeld = new Set(
        ((producer as any)?.mark_rights ?? [])
          .filter((r: any) => r && isRightCurrent({ status: r.status, expires_at: r.expires_at ? storedDateToCalendar(r.expires_at) : null }, today))
          .map((r: any) => r.geo_mark?.id)
      )
      const lost = [...markIds].filter((id) => !stillHeld.has(id))
      removed.push(...(await claimsOfProducer(container, producerId, lost)))
    }
    if (removed.length) await link.dismiss(removed.map(linkOf))
    return new StepResponse(removed, removed)
  },
  async (removed, { container }) => {
    if (!removed?.length) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create(removed.map(linkOf))
  }
)
