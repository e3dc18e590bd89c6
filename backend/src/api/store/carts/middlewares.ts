import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreListPurchases } from "../customers/me/purchases/validators"
import { listPurchaseQueryConfig, retrievePurchaseQueryConfig } from "../purchases/query-config"
import { StoreGetPurchase } from "../purchases/validators"
import { StorePlaceOrder } from "./[id]/place-order/validators"

// The signed-in customer, when there is one; guests check out too.
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/** Checkout: a cart placed as one order per producer, and the buyer's purchases. */
export const storeCartRoutes: MiddlewareRoute[] = [
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
