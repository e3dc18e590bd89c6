import { z } from "@medusajs/framework/zod"

const handle = (name: string) =>
  z
    .string()
    .trim()
    .min(1, `${name} must not be empty`)
    .max(120, `${name} must be at most 120 characters`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${name} must be a handle (lowercase letters, digits and hyphens)`)

/** The most cards a page may hold (the shop shows 12). */
export const PRODUCT_CARDS_MAX_LIMIT = 48

/**
 * GET /store/product-cards. Every parameter is optional (the first 12 cards of the whole
 * catalogue, unpriced without a region), but one that is present must make sense: an
 * unknown parameter, a page below 1 or a limit above PRODUCT_CARDS_MAX_LIMIT is a 400.
 * `locale` (or the x-medusa-locale header) is read by Medusa before this (req.locale).
 */
export const StoreListProductCards = z
  .object({
    craft: handle("craft").optional(),
    min_stars: z.coerce
      .number({ message: "min_stars must be a whole number from 1 to 5" })
      .int("min_stars must be a whole number from 1 to 5")
      .min(1, "min_stars must be a whole number from 1 to 5")
      .max(5, "min_stars must be a whole number from 1 to 5")
      .optional(),
    mark: handle("mark").optional(),
    region_id: z.string().trim().min(1, "region_id must not be empty").max(100, "region_id must be at most 100 characters").optional(),
    page: z.coerce
      .number({ message: "page must be a whole number of at least 1" })
      .int("page must be a whole number of at least 1")
      .min(1, "page must be a whole number of at least 1")
      .max(100_000, "page must be at most 100000")
      .default(1),
    limit: z.coerce
      .number({ message: `limit must be a whole number from 1 to ${PRODUCT_CARDS_MAX_LIMIT}` })
      .int(`limit must be a whole number from 1 to ${PRODUCT_CARDS_MAX_LIMIT}`)
      .min(1, `limit must be a whole number from 1 to ${PRODUCT_CARDS_MAX_LIMIT}`)
      .max(PRODUCT_CARDS_MAX_LIMIT, `limit must be a whole number from 1 to ${PRODUCT_CARDS_MAX_LIMIT}`)
      .default(12),
  })
  .strict()

export type StoreListProductCardsType = z.infer<typeof StoreListProductCards>
