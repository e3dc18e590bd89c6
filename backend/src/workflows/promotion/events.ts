/** Events of trade promotion, for subscribers (e.g. the storefront cache) and the audit. */
export const PromotionEvents = {
  CATALOG_SAVED: "featured_catalog.saved",
  CATALOG_PUBLISHED: "featured_catalog.published",
  CATALOG_UNPUBLISHED: "featured_catalog.unpublished",
  CATALOG_DELETED: "featured_catalog.deleted",
} as const
