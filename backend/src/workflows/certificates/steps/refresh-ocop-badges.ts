import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { isCertificateCurrent, storedDateToCalendar, type CalendarDate } from "@cln/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { todayOr } from "../utils/records"

type Row = Record<string, any>
type BadgeData = Record<string, unknown> & { id: string; certificate_id: string }
type Changes = { removed: { product_id: string; badge: BadgeData }[]; created: { product_id: string; badge_id: string }[] }

const BADGE_FIELDS = [
  "stars",
  "score",
  "product_group",
  "certificate_number",
  "decision_number",
  "decision_date",
  "issuing_level",
  "issuing_body",
  "valid_until",
] as const

const linkOf = (product_id: string, ocop_badge_id: string) => ({
  [Modules.PRODUCT]: { product_id },
  [OCOP_MODULE]: { ocop_badge_id },
})

/** The certificate a product's badge shows: the current one with the latest decision (then the most stars). */
function badgeCertificate(certificates: Row[], today: CalendarDate): Row | null {
  const current = certificates.filter(
    (c) => c && isCertificateCurrent({ status: c.status, valid_until: storedDateToCalendar(c.valid_until) }, today)
  )
  current.sort(
    (a, b) => new Date(b.decision_date).getTime() - new Date(a.decision_date).getTime() || b.stars - a.stars
  )
  return current[0] ?? null
}

/**
 * Makes each product's OCOP badge match its certificates as they now stand: created or
 * replaced by a newly verified certificate, deleted when the certificate it showed has
 * expired or been revoked. The only writer of badges, so a badge is never stale.
 */
export const refreshOcopBadgesStep = createStep(
  "refresh-ocop-badges",
  async (input: { product_ids: string[]; today?: CalendarDate | null }, { container }) => {
    const productIds = [...new Set(input.product_ids.filter(Boolean))]
    if (!productIds.length) return new StepResponse({ removed: [] as string[], created: [] as { product_id: string; badge_id: string }[] }, { removed: [], created: [] } as Changes)
    const today = todayOr(input.today)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    const { data } = await query.graph({
      entity: "product",
      fields: [
        "id",
        ...["id", "status", "valid_until", ...BADGE_FIELDS].map((f) => `ocop_certificates.${f}`),
        ...["id", "certificate_id", ...BADGE_FIELDS].map((f) => `ocop_badge.${f}`),
      ],
      filters: { id: productIds },
    })
    const removals: { product_id: string; badge: BadgeData }[] = []
    const additions: { product_id: string; certificate: Row }[] = []
    for (const product of data as Row[]) {
      const wanted = badgeCertificate(product.ocop_certificates ?? [], today)
      const existing: Row | null = product.ocop_badge ?? null
      if ((wanted?.id ?? null) === (existing?.certificate_id ?? null)) continue
      if (existing) {
        const badge = Object.fromEntries(["id", "certificate_id", ...BADGE_FIELDS].map((f) => [f, existing[f]])) as BadgeData
        removals.push({ product_id: product.id, badge })
      }
      if (wanted) additions.push({ product_id: product.id, certificate: wanted })
    }
    // In bulk: the daily job may change thousands of badges in one run.
    const changes: Changes = { removed: [], created: [] }
    try {
      if (removals.length) {
        await link.dismiss(removals.map((r) => linkOf(r.product_id, r.badge.id)))
        await service.deleteOcopBadges(removals.map((r) => r.badge.id))
        changes.removed = removals
      }
      if (additions.length) {
        const created = await service.createOcopBadges(
          additions.map(({ certificate }) => ({
            certificate_id: certificate.id,
            ...Object.fromEntries(BADGE_FIELDS.map((f) => [f, certificate[f]])),
          })) as any[]
        )
        const byCertificate = new Map(created.map((b) => [b.certificate_id, b.id]))
        changes.created = additions.map((a) => ({ product_id: a.product_id, badge_id: byCertificate.get(a.certificate.id)! }))
        await link.create(changes.created.map((c) => linkOf(c.product_id, c.badge_id)))
      }
    } catch (e) {
      await undo(container, changes)
      throw e
    }
    return new StepResponse(
      { removed: changes.removed.map((r) => r.product_id), created: changes.created },
      changes
    )
  },
  async (changes, { container }) => {
    if (changes) await undo(container, changes)
  }
)

async function undo(container: any, changes: Changes) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const service: OcopModuleService = container.resolve(OCOP_MODULE)
  if (changes.created.length) {
    await link.dismiss(changes.created.map((c) => linkOf(c.product_id, c.badge_id)))
    await service.deleteOcopBadges(changes.created.map((c) => c.badge_id))
  }
  if (changes.removed.length) {
    await service.createOcopBadges(changes.removed.map((r) => r.badge) as any)
    await link.create(changes.removed.map((r) => linkOf(r.product_id, r.badge.id)))
  }
}
