/** Public fields of a mark in lists and on its own page. */
export const PUBLIC_MARK_FIELDS = [
  "id",
  "handle",
  "kind",
  "name",
  "name_en",
  "certificate_number",
  "decision_number",
  "decision_date",
  "product_name",
  "managing_body",
  "image_url",
] as const

export const PUBLIC_MARK_DETAIL_FIELDS = [...PUBLIC_MARK_FIELDS, "description", "description_en", "properties", "area", "area_geojson"] as const

// Read to decide what is shown (current rights of approved producers, published products
// in the key's channels, claims of this mark), never returned as such.
const RIGHT_FIELDS = ["id", "status", "granted_at", "expires_at"]
const PRODUCER_FIELDS = ["id", "handle", "name", "logo_url", "status", "craft_village.commune", "craft_village.province"]
const PRODUCT_FIELDS = ["id", "handle", "title", "thumbnail", "status", "sales_channels.id"]

const under = (relation: string, fields: readonly string[]) => fields.map((f) => `${relation}.${f}`)

export const listMarksQueryConfig = {
  defaults: [...PUBLIC_MARK_FIELDS, ...under("rights", ["status", "expires_at", "producer.id", "producer.status"])],
  isList: true,
}

export const retrieveMarkQueryConfig = {
  defaults: [
    ...PUBLIC_MARK_DETAIL_FIELDS,
    ...under("rights", RIGHT_FIELDS),
    ...under("rights.producer", PRODUCER_FIELDS),
    ...under("products", [...PRODUCT_FIELDS, "producer.id"]),
  ],
  isList: false,
}
