import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  deleteShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { SHIPPING_ZONE_ATTRIBUTE } from "../workflows/checkout/utils/shipping-zone"

/**
 * Shipping by zone, charged per producer order: "Giao hàng nội tỉnh Tuyên Quang"
 * 20.000 ₫, "Giao hàng toàn quốc" 35.000 ₫ for the rest of Vietnam, "International
 * shipping" US$25; each option carries the rule `shipping_zone eq <zone>` that the
 * listing hook (workflows/hooks/shipping-zone-context.ts) matches. Runs on every start:
 * an option already right is kept, and one missing its zone rule (the single
 * "Giao hàng tiêu chuẩn" of earlier databases, or International without a zone) is
 * replaced, so an existing database is upgraded in place.
 */
export const ZONED_SHIPPING_OPTIONS = [
  { name: "Giao hàng nội tỉnh Tuyên Quang", zone: "tuyen-quang", service_zone: "Việt Nam", region: "vietnam", currency_code: "vnd", amount: 20000, type: { label: "Nội tỉnh", description: "Giao trong 1–2 ngày", code: "tuyen-quang" } },
  { name: "Giao hàng toàn quốc", zone: "vietnam", service_zone: "Việt Nam", region: "vietnam", currency_code: "vnd", amount: 35000, type: { label: "Toàn quốc", description: "Giao trong 2–5 ngày", code: "vietnam" } },
  { name: "International shipping", zone: "international", service_zone: "International", region: "international", currency_code: "usd", amount: 25, type: { label: "International", description: "7–14 days", code: "standard-intl" } },
] as const

export async function ensureZonedShippingOptions(
  container: MedusaContainer,
  locationId: string,
  regions: { vietnam: string; international: string }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [location] } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.service_zones.id", "fulfillment_sets.service_zones.name"],
    filters: { id: locationId },
  })
  const serviceZones = ((location as any)?.fulfillment_sets ?? []).flatMap((set: any) => set.service_zones ?? []) as { id: string; name: string }[]
  const { data: existing } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "rules.attribute", "rules.value", "service_zone_id"],
    filters: { service_zone_id: serviceZones.map((z) => z.id) },
  })
  const zoneOf = (option: any) =>
    (option.rules ?? []).find((r: any) => r.attribute === SHIPPING_ZONE_ATTRIBUTE)?.value as string | undefined
  const wanted = new Map(ZONED_SHIPPING_OPTIONS.map((o) => [o.name, o]))
  const keep = new Set<string>()
  const stale: string[] = []
  for (const option of existing as any[]) {
    const spec = wanted.get(option.name)
    if (spec && zoneOf(option) === spec.zone && !keep.has(spec.name)) keep.add(spec.name)
    else stale.push(option.id)
  }
  if (stale.length) {
    await deleteShippingOptionsWorkflow(container).run({ input: { ids: stale } })
    logger.info(`Seed: replaced ${stale.length} shipping option(s) without a shipping zone`)
  }
  const missing = ZONED_SHIPPING_OPTIONS.filter((o) => !keep.has(o.name))
  if (!missing.length) return
  const { data: [profile] } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  const profileId =
    (profile as { id: string } | undefined)?.id ??
    (await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default Shipping Profile", type: "default" }] } }))
      .result[0]!.id
  await createShippingOptionsWorkflow(container).run({
    input: missing.map((o) => ({
      name: o.name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: serviceZones.find((z) => z.name === o.service_zone)!.id,
      shipping_profile_id: profileId,
      type: { ...o.type },
      prices: [
        { currency_code: o.currency_code, amount: o.amount },
        { region_id: regions[o.region], amount: o.amount },
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
        { attribute: SHIPPING_ZONE_ATTRIBUTE, value: o.zone, operator: "eq" as const },
      ],
    })),
  })
}
