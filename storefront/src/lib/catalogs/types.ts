/** A featured catalog as GET /store/catalogs answers it: texts and its products' ids in order. */
export type StoreCatalog = {
  id: string
  handle: string
  title: string
  title_en: string | null
  story: string | null
  story_en: string | null
  hero_image_url: string | null
  starts_at: string | null
  ends_at: string | null
  products: { product_id: string; note: string | null; note_en: string | null }[]
}

export type StoreDisplayPoint = {
  id: string
  handle: string
  name: string
  name_en: string | null
  kind: "market_stall" | "shop" | "mall" | "rest_stop" | "tourist_site"
  address: string
  commune: string
  province: string
}
