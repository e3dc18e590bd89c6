import { MedusaService } from "@medusajs/framework/utils"
import { CatalogItem } from "./models/catalog-item"
import { DisplayPoint } from "./models/display-point"
import { DisplayPointScan } from "./models/display-point-scan"
import { FeaturedCatalog } from "./models/featured-catalog"
import { TradeFair } from "./models/trade-fair"

class CatalogModuleService extends MedusaService({ FeaturedCatalog, CatalogItem, DisplayPoint, DisplayPointScan, TradeFair }) {}

export default CatalogModuleService
