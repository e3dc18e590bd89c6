/** What a producer sees of its own products; prices and stock are reshaped in helpers.ts. */
export const producerProductFields = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
  "images.id",
  "images.url",
  "images.rank",
  "categories.handle",
  "categories.name",
  "options.id",
  "options.title",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.barcode",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

export const producerProductQueryConfig = {
  list: { defaults: producerProductFields, isList: true, defaultLimit: 20 },
  retrieve: { defaults: producerProductFields, isList: false },
}
