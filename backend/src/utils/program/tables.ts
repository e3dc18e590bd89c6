import { composeTableName, Modules } from "@medusajs/framework/utils"
import { CRAFT_VILLAGE_MODULE } from "../../modules/craft-village"
import { GEO_INDICATION_MODULE } from "../../modules/geo-indication"
import { OCOP_MODULE } from "../../modules/ocop"
import { PRODUCER_MODULE } from "../../modules/producer"
import { TRACEABILITY_MODULE } from "../../modules/traceability"

/**
 * The tables the program's figures are summed from. Module links live in tables Medusa
 * names from the two modules and keys of each link (src/links); the dashboard reads them
 * directly because summing 100,000 orders or a million scans must happen in PostgreSQL,
 * not through query.graph in Node.
 */
export const LINK_TABLES = {
  villageProducer: composeTableName(CRAFT_VILLAGE_MODULE, "craft_village_id", PRODUCER_MODULE, "producer_id"),
  producerProduct: composeTableName(PRODUCER_MODULE, "producer_id", Modules.PRODUCT, "product_id"),
  producerOrder: composeTableName(PRODUCER_MODULE, "producer_id", Modules.ORDER, "order_id"),
  producerMarkRight: composeTableName(PRODUCER_MODULE, "producer_id", GEO_INDICATION_MODULE, "mark_right_id"),
  productOcopCertificate: composeTableName(Modules.PRODUCT, "product_id", OCOP_MODULE, "ocop_certificate_id"),
  productOcopBadge: composeTableName(Modules.PRODUCT, "product_id", OCOP_MODULE, "ocop_badge_id"),
  productGeoMark: composeTableName(Modules.PRODUCT, "product_id", GEO_INDICATION_MODULE, "geo_mark_id"),
  variantLot: composeTableName(Modules.PRODUCT, "product_variant_id", TRACEABILITY_MODULE, "lot_id"),
  variantTraceCode: composeTableName(Modules.PRODUCT, "product_variant_id", TRACEABILITY_MODULE, "trace_code_id"),
} as const
