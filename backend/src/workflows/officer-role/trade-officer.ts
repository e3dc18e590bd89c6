/**
 * The trade officer's role when Medusa's RBAC is on (MEDUSA_FF_RBAC=true; issue #7):
 * officers of the provincial Department of Industry and Trade curate catalogs, display
 * points and fairs, keep the village program, and verify producers, OCOP ratings and
 * geographical-indication marks, but do not run the platform.
 *
 * Policies gate only the routes that declare them. Medusa's own admin routes declare
 * theirs (`resource:operation`, e.g. `store:update`, `api_key:create`); our officer routes
 * (/admin/catalogs, /admin/display-points, /admin/fairs, /admin/program, /admin/craft-villages,
 * /admin/artisans, /admin/ocop, /admin/geo-marks, /admin/mark-rights, /admin/producers)
 * declare none, so any signed-in admin user, this role included, may use them. The role
 * therefore lists what the officers need of Medusa's own API: reading.
 */
export const TRADE_OFFICER_ROLE = {
  name: "Cán bộ xúc tiến thương mại (Trade officer)",
  description:
    "Tuyển chọn danh mục, điểm trưng bày, hội chợ; xác minh người bán, OCOP và chỉ dẫn địa lý. Không thay đổi cài đặt cửa hàng, khu vực, kênh bán, khoá API hay người dùng. / Curates catalogs, display points and fairs; verifies producers, OCOP ratings and geographical indications. Does not change store, region, sales channel, API key or user settings.",
}

/** Medusa policies (`resource:operation`) the role holds; every one is a read. */
export const TRADE_OFFICER_POLICY_KEYS = [
  // The products officers put in catalogs and whose certificates they verify.
  "product:read",
  "product_variant:read",
  "product_option:read",
  "product_option_value:read",
  "product_category:read",
  "product_collection:read",
  "product_type:read",
  "product_tag:read",
  "inventory_item:read",
  "stock_location:read",
  "translation:read",
  // What the Admin reads to show itself: the store, its locales, regions, channels, colleagues.
  "store:read",
  "store_locale:read",
  "region:read",
  "sales_channel:read",
  "user:read",
  "notification:read",
] as const
// Buyers' orders and customer records stay out: officers report from aggregates (/admin/program).
