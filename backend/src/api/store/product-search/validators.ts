import { normalizeSearchText, SEARCH_QUERY_MAX_LENGTH } from "@cln/domain"
import { z } from "@medusajs/framework/zod"

const handle = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a handle (lowercase letters, digits and hyphens)")
const amount = z.coerce.number().int().min(0).max(10_000_000_000)

/**
 * GET /store/product-search. Every parameter is optional (no query lists every product),
 * but a parameter that is present must make sense: an empty or over-long query, a query
 * with no letter or digit, an unknown parameter or an impossible price range is a 400.
 */
export const StoreProductSearch = z
  .object({
    q: z
      .string()
      .trim()
      .min(1, "q must not be empty")
      .max(SEARCH_QUERY_MAX_LENGTH, `q must be at most ${SEARCH_QUERY_MAX_LENGTH} characters`)
      .refine((q) => normalizeSearchText(q) !== "", "q must contain a letter or a digit")
      .optional(),
    craft: handle.optional(),
    village: handle.optional(),
    province: z.string().trim().min(1).max(100).optional(),
    min_stars: z.coerce.number().int().min(1).max(5).optional(),
    mark: handle.optional(),
    price_min: amount.optional(),
    price_max: amount.optional(),
    page: z.coerce.number().int().min(1).max(200).default(1),
    limit: z.coerce.number().int().min(1).max(48).default(12),
  })
  .strict()
  .refine((v) => v.price_min === undefined || v.price_max === undefined || v.price_min <= v.price_max, {
    message: "price_min must not be greater than price_max",
    path: ["price_min"],
  })

export type StoreProductSearchType = z.infer<typeof StoreProductSearch>
