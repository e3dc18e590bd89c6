import { describe, expect, it } from "vitest"
import { prepareInventoryItems } from "../utils/prepare-inventory-items"
import type { PlacementVariant } from "../utils/types"

const level = (location_id: string, stocked: number, reserved: number, channel = "sc_1") => ({
  location_id,
  stocked_quantity: stocked,
  reserved_quantity: reserved,
  stock_locations: [{ id: location_id, sales_channels: [{ id: channel }] }],
})

const variant = (id: string, levels: ReturnType<typeof level>[], extra: Partial<PlacementVariant> = {}): PlacementVariant => ({
  id,
  manage_inventory: true,
  allow_backorder: false,
  inventory_items: [{ inventory_item_id: `iitem_${id}`, required_quantity: 1, inventory: { location_levels: levels } }],
  ...extra,
})

describe("prepareInventoryItems", () => {
  it("prefers a location of the sales channel that holds enough", () => {
    const [item] = prepareInventoryItems({
      sales_channel_id: "sc_1",
      variants: [variant("v1", [level("loc_a", 5, 4), level("loc_b", 9, 0), level("loc_c", 50, 0, "sc_other")])],
      items: [{ id: "li_1", variant_id: "v1", quantity: 3 }],
    })
    expect(item).toMatchObject({ id: "li_1", inventory_item_id: "iitem_v1", quantity: 3, location_ids: ["loc_b"] })
  })

  it("keeps every channel location when none holds enough, so the stock check can name the line", () => {
    const [item] = prepareInventoryItems({
      sales_channel_id: "sc_1",
      variants: [variant("v1", [level("loc_a", 2, 0), level("loc_b", 1, 1)])],
      items: [{ id: "li_1", variant_id: "v1", quantity: 3 }],
    })
    expect(item!.location_ids).toEqual(["loc_a", "loc_b"])
  })

  it("leaves out variants that do not manage inventory", () => {
    const items = prepareInventoryItems({
      sales_channel_id: "sc_1",
      variants: [variant("v1", [], { manage_inventory: false })],
      items: [{ id: "li_1", variant_id: "v1", quantity: 1 }],
    })
    expect(items).toEqual([])
  })

  it("refuses a variant stocked nowhere in the sales channel", () => {
    expect(() =>
      prepareInventoryItems({
        sales_channel_id: "sc_1",
        variants: [variant("v1", [level("loc_c", 50, 0, "sc_other")])],
        items: [{ id: "li_1", variant_id: "v1", quantity: 1 }],
      })
    ).toThrow(/not associated with any stock location/)
  })
})
