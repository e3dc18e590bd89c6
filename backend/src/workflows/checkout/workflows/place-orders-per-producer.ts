import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { EventPriority, MathBN, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { vnpayTxnRefForPurchase } from "@cln/domain"
import {
  acquireLockStep,
  createOrdersStep,
  createPaymentCollectionsStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  reserveInventoryStep,
  updateCartsStep,
  useQueryGraphStep,
  validateShippingStep,
  type ValidateShippingInput,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { PURCHASE_MODULE } from "../../../modules/purchase"
import { PurchaseWorkflowEvents } from "../events"
import { createOrderPaymentSessionsStep } from "../steps/create-payment-sessions"
import { createPurchaseStep } from "../steps/create-purchase"
import { registerPromotionUsageStep } from "../steps/register-promotion-usage"
import { validateCartCheckoutDetailsStep } from "../steps/validate-cart-checkout-details"
import { validateCartNotPlacedStep } from "../steps/validate-cart-not-placed"
import { validateCartOwnerStep } from "../steps/validate-cart-owner"
import { validateCartProducersStep } from "../steps/validate-cart-producers"
import { validatePaymentProviderStep } from "../steps/validate-payment-provider"
import { validateStockStep } from "../steps/validate-stock"
import { placementCartFields } from "../utils/fields"
import { prepareInventoryItems } from "../utils/prepare-inventory-items"
import { splitCartByProducer } from "../utils/split-cart-by-producer"
import { VNPAY_PROVIDER_ID } from "../../../modules/payment-vnpay/config"
import type { PlacementCart, PlacementVariant, ProductOwner } from "../utils/types"

export type PlaceOrdersPerProducerInput = {
  cart_id: string
  /** The signed-in customer, if any; a registered customer's cart is theirs alone. */
  customer_id?: string | null
  /** The buyer's payment method, a Payment provider id; cash on delivery when left out. */
  payment_provider_id?: string
  /** What a redirect payment (VNPay) needs about the buyer's browser. */
  payment_context?: { ip_addr: string; locale: "vi" | "en" }
}

export type PlaceOrdersPerProducerResult = { purchase_id: string; order_ids: string[] }

/** Cash on delivery through Medusa's system provider, enabled on every region by the seed. */
export const COD_PAYMENT_PROVIDER_ID = "pp_system_default"

// Same key, timeout and time-to-live as Medusa's completeCartWorkflow, so the two can
// never run on one cart at the same time.
const LOCK = { timeout: 30, ttl: 120 }

/**
 * Places a cart as one order per producer, grouped by one purchase.
 *
 * Everything is checked before anything is written: the cart exists and is the
 * buyer's, was not placed before, has lines, email, address and shipping; the payment
 * method is configured and offered in the cart's region; every line
 * has a selling producer; stock covers every line. Then it creates the orders, reserves
 * their stock, creates the purchase, a payment collection per order with a session of
 * the buyer's payment method (cash on delivery unless VNPay or Stripe was chosen),
 * the links (order ↔ producer, purchase, cart, payment collection, promotions), marks
 * the cart completed and registers promotion usage. Each of these steps undoes itself
 * when a later one fails, so a failed placement leaves no order, reservation, link or
 * purchase behind.
 *
 * Hook `ordersCreated` ({ purchase_id, order_ids, cart_id }) runs after all of it,
 * inside the transaction: throwing there rolls the whole placement back.
 */
export const placeOrdersPerProducerWorkflow = createWorkflow(
  "place-orders-per-producer",
  (input: PlaceOrdersPerProducerInput) => {
    acquireLockStep({ key: input.cart_id, ...LOCK })

    const { data: cartData } = useQueryGraphStep({
      entity: "cart",
      fields: placementCartFields,
      filters: { id: input.cart_id },
      options: { isList: false },
    }).config({ name: "placement-cart-query" })
    const cart = transform({ cartData }, ({ cartData }) => cartData as unknown as PlacementCart)

    validateCartOwnerStep({ cart_id: input.cart_id, cart, customer_id: input.customer_id })
    validateCartNotPlacedStep({ cart })
    validateCartCheckoutDetailsStep({ cart })
    const providerId = transform({ input }, ({ input }) => input.payment_provider_id ?? COD_PAYMENT_PROVIDER_ID)
    validatePaymentProviderStep(
      transform({ providerId, cart }, ({ providerId, cart }) => ({ provider_id: providerId, region_id: cart.region_id }))
    )

    const optionIds = transform({ cart }, ({ cart }) =>
      (cart.shipping_methods ?? []).map((sm) => sm.shipping_option_id).filter((id): id is string => !!id)
    )
    const { data: shippingOptions } = useQueryGraphStep({
      entity: "shipping_option",
      fields: ["id", "shipping_profile_id"],
      filters: { id: optionIds },
    }).config({ name: "placement-shipping-options-query" })
    // Medusa's own check: the chosen methods cover every shipping profile in the cart.
    validateShippingStep(
      transform(
        { cart, shippingOptions },
        ({ cart, shippingOptions }) => ({ cart, shippingOptions }) as unknown as ValidateShippingInput
      )
    )

    const productIds = transform({ cart }, ({ cart }) => [
      ...new Set((cart.items ?? []).map((i) => i.product_id).filter((id): id is string => !!id)),
    ])
    const { data: productsData } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "title", "producer.id", "producer.handle", "producer.name", "producer.status"],
      filters: { id: productIds },
    }).config({ name: "placement-products-query" })
    const products = transform({ productsData }, ({ productsData }) => productsData as unknown as ProductOwner[])
    validateCartProducersStep({ cart, products })

    const variants = transform({ cart }, ({ cart }) => {
      const byId = new Map<string, PlacementVariant>()
      for (const item of cart.items ?? []) if (item.variant) byId.set(item.variant.id, item.variant)
      return [...byId.values()]
    })
    const stockToCheck = transform({ cart, variants }, ({ cart, variants }) => ({
      items: prepareInventoryItems({
        sales_channel_id: cart.sales_channel_id,
        variants,
        items: (cart.items ?? []).map((i) => ({
          id: i.id,
          variant_id: i.variant_id,
          quantity: i.quantity,
          title: [i.product_title ?? i.title, i.variant_title].filter(Boolean).join(" – "),
        })),
      }),
    }))
    // Two buyers racing for the last piece: each holds a lock on the inventory items of
    // their cart from the stock check until their reservation is written, so the second
    // checks after the first has reserved and is told it is out of stock. Keys are sorted
    // (no two placements wait on each other crosswise) and owned by this cart, so a retry
    // after a partial acquisition keeps what it already holds.
    // (The step input is built whole in a transform: properties of a transform's result
    // inside an object literal reach the step as undefined.)
    const stockLock = transform({ stockToCheck, input }, ({ stockToCheck, input }) => ({
      key: [...new Set(stockToCheck.items.map((i) => `checkout-stock:${i.inventory_item_id}`))].sort(),
      ownerId: `place-order:${input.cart_id}`,
      ...LOCK,
    }))
    acquireLockStep(stockLock).config({ name: "acquire-stock-lock" })
    validateStockStep(stockToCheck)

    const { producerOrders, producerByProduct } = transform(
      { cart, products, shippingOptions },
      ({ cart, products, shippingOptions }) => {
        const producerByProduct: Record<string, string> = {}
        for (const p of products) if (p.producer) producerByProduct[p.id] = p.producer.id
        const profileByOption: Record<string, string> = {}
        for (const o of shippingOptions as { id: string; shipping_profile_id: string }[]) {
          profileByOption[o.id] = o.shipping_profile_id
        }
        return { producerOrders: splitCartByProducer({ cart, producerByProduct, profileByOption }), producerByProduct }
      }
    )

    const createdOrders = createOrdersStep(
      transform({ producerOrders }, ({ producerOrders }) => producerOrders.map((p) => p.order))
    )
    const orderIds = transform({ createdOrders }, ({ createdOrders }) => createdOrders.map((o) => o.id))

    // Reservations point at the new order lines, as in completeCartWorkflow.
    const toReserve = transform({ cart, variants, createdOrders }, ({ cart, variants, createdOrders }) => ({
      items: prepareInventoryItems({
        sales_channel_id: cart.sales_channel_id,
        variants,
        items: createdOrders.flatMap((order) =>
          (order.items ?? []).map((i) => ({ id: i.id, variant_id: i.variant_id, quantity: i.raw_quantity ?? i.quantity }))
        ),
      }).map(({ title: _title, ...item }) => item),
    }))
    reserveInventoryStep(toReserve)
    releaseLockStep(stockLock).config({ name: "release-stock-lock" })

    const { data: orderTotals } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "total", "currency_code"],
      filters: { id: orderIds },
    }).config({ name: "placed-order-totals-query" })

    const purchase = createPurchaseStep(
      transform({ cart, orderTotals }, ({ cart, orderTotals }) => ({
        cart_id: cart.id,
        customer_id: cart.customer?.id ?? cart.customer_id ?? null,
        email: cart.email!,
        currency_code: cart.currency_code,
        total: (orderTotals as { total: number }[])
          .reduce((sum, o) => MathBN.add(sum, o.total), MathBN.convert(0))
          .toNumber(),
      }))
    )

    const { collectionsInput, totalsInOrder } = transform({ orderIds, orderTotals }, ({ orderIds, orderTotals }) => {
      const byId = new Map((orderTotals as { id: string; total: number; currency_code: string }[]).map((o) => [o.id, o]))
      const totalsInOrder = orderIds.map((id) => byId.get(id)!)
      return {
        totalsInOrder,
        collectionsInput: totalsInOrder.map((o) => ({ amount: o.total, currency_code: o.currency_code })),
      }
    })
    const paymentCollections = createPaymentCollectionsStep(collectionsInput)
    createOrderPaymentSessionsStep(
      transform({ paymentCollections, providerId, purchase, input }, ({ paymentCollections, providerId, purchase, input }) => {
        // One VNPay transaction pays the whole purchase, every producer's order at once:
        // each order's session carries the purchase's reference and total.
        const vnpay =
          providerId === VNPAY_PROVIDER_ID
            ? {
                txn_ref: vnpayTxnRefForPurchase(purchase.id),
                amount_vnd: MathBN.convert(purchase.total).toNumber(),
                order_info: `Thanh toan don hang Cho Lang Nghe ${vnpayTxnRefForPurchase(purchase.id)}`,
                ip_addr: input.payment_context?.ip_addr ?? "127.0.0.1",
                locale: input.payment_context?.locale === "en" ? "en" : "vn",
              }
            : undefined
        return {
          provider_id: providerId,
          sessions: paymentCollections.map((pc) => ({
            payment_collection_id: pc.id,
            amount: pc.amount,
            currency_code: pc.currency_code,
            data: vnpay,
          })),
        }
      })
    )

    const links = transform(
      { cart, createdOrders, producerByProduct, purchase, paymentCollections, totalsInOrder },
      ({ cart, createdOrders, producerByProduct, purchase, paymentCollections, totalsInOrder }) => {
        const links: LinkDefinition[] = []
        createdOrders.forEach((order) => {
          const productId = order.items?.[0]?.product_id
          const producerId = productId ? producerByProduct[productId] : undefined
          // Collections were created in the order of totalsInOrder, i.e. of createdOrders.
          const collection = paymentCollections[totalsInOrder.findIndex((t) => t.id === order.id)]
          links.push(
            { [PRODUCER_MODULE]: { producer_id: producerId }, [Modules.ORDER]: { order_id: order.id } },
            { [PURCHASE_MODULE]: { purchase_id: purchase.id }, [Modules.ORDER]: { order_id: order.id } },
            { [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: cart.id } },
            { [Modules.ORDER]: { order_id: order.id }, [Modules.PAYMENT]: { payment_collection_id: collection!.id } }
          )
          for (const promotion of cart.promotions ?? []) {
            links.push({ [Modules.ORDER]: { order_id: order.id }, [Modules.PROMOTION]: { promotion_id: promotion.id } })
          }
        })
        return links
      }
    )
    createRemoteLinkStep(links)

    updateCartsStep(transform({ cart }, ({ cart }) => [{ id: cart.id, completed_at: new Date() }]))

    registerPromotionUsageStep(
      transform({ cart }, ({ cart }) => ({
        computedActions: [
          ...(cart.items ?? []).flatMap((i) => i.adjustments ?? []),
          ...(cart.shipping_methods ?? []).flatMap((sm) => sm.adjustments ?? []),
        ]
          .filter((a) => !!a.code)
          .map((a) => ({ amount: a.amount, code: a.code! })),
        registrationContext: { customer_id: cart.customer?.id ?? null, customer_email: cart.email ?? null },
      }))
    )

    const ordersCreated = createHook("ordersCreated", {
      purchase_id: purchase.id,
      order_ids: orderIds,
      cart_id: input.cart_id,
    })

    // Medusa's subscribers (notifications, analytics) see each order as placed.
    emitEventStep({
      eventName: OrderWorkflowEvents.PLACED,
      data: transform({ orderIds }, ({ orderIds }) => orderIds.map((id) => ({ id }))),
      options: { priority: EventPriority.CRITICAL },
    }).config({ name: "emit-orders-placed" })
    emitEventStep({
      eventName: PurchaseWorkflowEvents.PLACED,
      data: transform({ purchase, orderIds }, ({ purchase, orderIds }) => ({ id: purchase.id, order_ids: orderIds })),
    }).config({ name: "emit-purchase-placed" })

    releaseLockStep({ key: input.cart_id })

    const result = transform({ purchase, orderIds }, ({ purchase, orderIds }): PlaceOrdersPerProducerResult => ({
      purchase_id: purchase.id,
      order_ids: orderIds,
    }))
    return new WorkflowResponse(result, { hooks: [ordersCreated] })
  }
)
