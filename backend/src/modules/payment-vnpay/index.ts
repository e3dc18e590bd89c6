import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VnpayProviderService from "./service"

// Registered as a Payment module provider with id "vnpay": pp_vnpay_vnpay.
export default ModuleProvider(Modules.PAYMENT, { services: [VnpayProviderService] })
