import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreListPurchases } from "../customers/me/purchases/validators"
import { listPurchaseQueryConfig, retrievePurchaseQueryConfig } from "../purchases/query-config"
import { StoreGetPurchase } from "../purchases/validators"
import { checkCartAddresses, checkCustomerAddress } from "../utils/vietnam-address"
import { StorePlaceOrder } from "./[id]/place-order/validators"
import { StoreGetCartSummary } from "./[id]/summary/validators"
import { ensureCartOwner } from "./guards"

// The signed-in customer, when there is one; guests check out too.
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/** Checkout: a cart placed as one order per producer, and the buyer's purchases. */
export const storeCartRoutes: MiddlewareRoute[] = [
  // No method: Express mounts it on the path prefix, so it guards every method on the
  // cart and on every route below it, Medusa's own and ours.
  { matcher: "/store/carts/:id", middlewares: [ensureCartOwner] },
  { matcher: "/store/carts", methods: ["POST"], middlewares: [checkCartAddresses] },
  { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [checkCartAddresses] },
  { matcher: "/store/customers/me/addresses", methods: ["POST"], middlewares: [checkCustomerAddress] },
  { matcher: "/store/customers/me/addresses/:address_id", methods: ["POST"], middlewares: [checkCustomerAddress] },
  {
    matcher: "/store/carts/:id/summary",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetCartSummary, { defaults: ["id"], isList: false })],
  },
  {
    matcher: "/store/carts/:id/place-order",
    methods: ["POST"],
    middlewares: [
      optionalCustomer,
      validateAndTransformBody(StorePlaceOrder),
      validateAndTransformQuery(StoreGetPurchase, retrievePurchaseQueryConfig),
    ],
  },
  {
    matcher: "/store/purchases/:id",
    methods: ["GET"],
    middlewares: [optionalCustomer, validateAndTransformQuery(StoreGetPurchase, retrievePurchaseQueryConfig)],
  },
  {
    matcher: "/store/customers/me/purchases",
    methods: ["GET"],
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(StoreListPurchases, listPurchaseQueryConfig),
    ],
  },
]
