import type { ProducerLegalKind } from "./types"

/**
 * Shapes of the public village, producer and artisan routes of the store API
 * (backend/src/api/store/craft-villages/helpers.ts). Both languages come in one
 * response; pages pick `*_en` in English and fall back to Vietnamese.
 */

export type RecognitionKind = "lang_nghe" | "lang_nghe_truyen_thong" | "nghe_truyen_thong"
export type VillageStatus = "effective" | "struggling" | "at_risk" | "dormant"
export type ArtisanTitle = "tho_gioi" | "nghe_nhan" | "nghe_nhan_uu_tu" | "nghe_nhan_nhan_dan"

export type PublicVillage = {
  handle: string
  name: string
  name_en: string | null
  commune: string
  province: string
  /** Craft keys, e.g. "hemp_linen"; the matching product category handle is "hemp-linen". */
  crafts: string[]
  recognition_kind: RecognitionKind
  status: VillageStatus
  lat: number | null
  lng: number | null
  image_url: string | null
  tourism: boolean
}

export type VillageSummary = PublicVillage & { producer_count: number; artisan_count: number }

export type ProductSummary = { id: string; handle: string; title: string; thumbnail: string | null }

export type PublicProducer = {
  handle: string
  name: string
  legal_kind: ProducerLegalKind
  logo_url: string | null
}

export type ArtisanSummary = {
  handle: string
  name: string
  title: ArtisanTitle
  title_year: number | null
  ethnic_group: string
  portrait_url: string | null
}

export type VillageDetail = PublicVillage & {
  former_address: string | null
  decision_no: string | null
  decision_date: string | null
  households: number
  workers: number
  workers_trained: number
  households_env_compliant: number
  story: string | null
  story_en: string | null
  producers: (PublicProducer & { products: ProductSummary[] })[]
  artisans: ArtisanSummary[]
}

export type ProducerDetail = PublicProducer & {
  story: string | null
  story_en: string | null
  craft_village: PublicVillage | null
  artisans: ArtisanSummary[]
  products: ProductSummary[]
}

export type ArtisanWork = {
  title: string
  title_en: string | null
  year: number | null
  description: string | null
  description_en: string | null
  image_url: string | null
}

export type ArtisanDetail = ArtisanSummary & {
  bio: string
  bio_en: string | null
  works: ArtisanWork[]
  craft_village: PublicVillage | null
  producer: PublicProducer | null
}
