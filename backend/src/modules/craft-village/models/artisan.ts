import { model } from "@medusajs/framework/utils"
import { CraftVillage } from "./craft-village"

/** Titles the province honours artisans with, lowest to highest. */
export const ARTISAN_TITLES = ["tho_gioi", "nghe_nhan", "nghe_nhan_uu_tu", "nghe_nhan_nhan_dan"] as const
export type ArtisanTitle = (typeof ARTISAN_TITLES)[number]

/** One representative work in an artisan's gallery, in Vietnamese and English. */
export type ArtisanWork = {
  title: string
  title_en: string | null
  year: number | null
  description: string | null
  description_en: string | null
  image_url: string | null
}

/**
 * A craftsperson the village is known for: thợ giỏi, nghệ nhân, nghệ nhân ưu tú or
 * nghệ nhân nhân dân, with the year the title was conferred and their representative works.
 */
export const Artisan = model
  .define("artisan", {
    id: model.id({ prefix: "art" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    title: model.enum([...ARTISAN_TITLES]),
    title_year: model.number().nullable(),
    ethnic_group: model.text(),
    bio: model.text(),
    bio_en: model.text().nullable(),
    portrait_url: model.text().nullable(),
    works: model.json<ArtisanWork[]>(),
    craft_village: model.belongsTo(() => CraftVillage, { mappedBy: "artisans" }),
  })
