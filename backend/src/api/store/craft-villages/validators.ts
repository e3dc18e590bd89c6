import { z } from "@medusajs/framework/zod"
import { CRAFT_KEYS } from "../../../modules/craft-village/models/craft-village"

/**
 * Village, producer and artisan pages answer with a fixed set of public fields, so these
 * queries take no `fields`: a producer's phone, email, tax code and address can never be
 * asked for.
 */
export const StoreListCraftVillages = z
  .object({
    craft: z.enum(CRAFT_KEYS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListCraftVillagesType = z.infer<typeof StoreListCraftVillages>

export const StoreGetCraftVillage = z.object({}).strict()
export const StoreGetProducer = z.object({}).strict()
export const StoreGetArtisan = z.object({}).strict()
