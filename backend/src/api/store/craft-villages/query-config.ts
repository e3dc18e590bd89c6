/**
 * The public fields of villages, producers and artisans. Producer status and product
 * status and sales channels are read only to decide what may be shown (approved
 * producers, published products in the key's channels) and are never returned.
 */
export const PUBLIC_VILLAGE_FIELDS = [
  "handle",
  "name",
  "name_en",
  "commune",
  "province",
  "crafts",
  "recognition_kind",
  "status",
  "lat",
  "lng",
  "image_url",
  "tourism",
] as const

export const PUBLIC_VILLAGE_DETAIL_FIELDS = [
  ...PUBLIC_VILLAGE_FIELDS,
  "former_address",
  "decision_no",
  "decision_date",
  "households",
  "workers",
  "workers_trained",
  "households_env_compliant",
  "story",
  "story_en",
] as const

export const PUBLIC_PRODUCER_FIELDS = ["handle", "name", "legal_kind", "logo_url"] as const
export const PUBLIC_PRODUCER_DETAIL_FIELDS = [...PUBLIC_PRODUCER_FIELDS, "story", "story_en"] as const

export const PUBLIC_ARTISAN_FIELDS = ["handle", "name", "title", "title_year", "ethnic_group", "portrait_url"] as const
export const PUBLIC_ARTISAN_DETAIL_FIELDS = [...PUBLIC_ARTISAN_FIELDS, "bio", "bio_en", "works"] as const

export const PRODUCT_SUMMARY_FIELDS = ["id", "handle", "title", "thumbnail"] as const

const PRODUCER_VISIBILITY_FIELDS = ["status"]
const PRODUCT_VISIBILITY_FIELDS = ["status", "sales_channels.id"]

const under = (relation: string, fields: readonly string[]) => fields.map((field) => `${relation}.${field}`)

export const listCraftVillagesQueryConfig = {
  defaults: [
    ...PUBLIC_VILLAGE_FIELDS,
    ...under("producers", ["id", ...PRODUCER_VISIBILITY_FIELDS]),
    "artisans.id",
  ],
  isList: true,
}

export const retrieveCraftVillageQueryConfig = {
  defaults: [
    ...PUBLIC_VILLAGE_DETAIL_FIELDS,
    ...under("producers", [...PUBLIC_PRODUCER_FIELDS, ...PRODUCER_VISIBILITY_FIELDS]),
    ...under("producers.products", [...PRODUCT_SUMMARY_FIELDS, ...PRODUCT_VISIBILITY_FIELDS]),
    ...under("artisans", PUBLIC_ARTISAN_FIELDS),
  ],
  isList: false,
}

export const retrieveProducerQueryConfig = {
  defaults: [
    ...PUBLIC_PRODUCER_DETAIL_FIELDS,
    ...PRODUCER_VISIBILITY_FIELDS,
    ...under("craft_village", PUBLIC_VILLAGE_FIELDS),
    ...under("artisans", PUBLIC_ARTISAN_FIELDS),
    ...under("products", [...PRODUCT_SUMMARY_FIELDS, ...PRODUCT_VISIBILITY_FIELDS]),
  ],
  isList: false,
}

export const retrieveArtisanQueryConfig = {
  defaults: [
    ...PUBLIC_ARTISAN_DETAIL_FIELDS,
    ...under("craft_village", PUBLIC_VILLAGE_FIELDS),
    ...under("producer", [...PUBLIC_PRODUCER_FIELDS, ...PRODUCER_VISIBILITY_FIELDS]),
  ],
  isList: false,
}
