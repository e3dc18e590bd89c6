import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { placeOrdersPerProducerWorkflow } from "../../../../../workflows/checkout/workflows/place-orders-per-producer"
import { purchaseAccessToken, purchaseSecret, toStorePurchase } from "../../../purchases/helpers"
import type { StorePlaceOrderType } from "./validators"

/**
 * POST /store/carts/:id/place-order { payment_provider?, locale? }: places the cart as
 * one order per producer, paid with the chosen method (cash on delivery by default),
 * and answers the purchase that groups them, what the storefront needs to take the
 * payment (VNPay's signed redirect URL, or each order's Stripe client secret) and the
 * purchase's access token. Out of stock answers 409.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StorePlaceOrderType>, res: MedusaResponse) => {
  const { payment_provider, locale } = req.validatedBody
  let result
  try {
    ;({ result } = await placeOrdersPerProducerWorkflow(req.scope).run({
      input: {
        cart_id: req.params.id!,
        customer_id: req.auth_context?.actor_id,
        payment_provider_id: payment_provider,
        payment_context: { ip_addr: req.ip || "127.0.0.1", locale: locale ?? "vi" },
      },
    }))
  } catch (error: any) {
    // Out of stock is a conflict with another buyer's order (409), with the bilingual
    // message naming the products; Medusa's CONFLICT type would replace that message.
    if (error?.code === MedusaError.Codes.INSUFFICIENT_INVENTORY) {
      res.status(409).json({ type: MedusaError.Types.NOT_ALLOWED, code: error.code, message: error.message })
      return
    }
    throw error
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "purchase",
    fields: req.queryConfig.fields,
    filters: { id: result.purchase_id },
  })
  const { data: sessions } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payment_sessions.id", "payment_collections.payment_sessions.provider_id", "payment_collections.payment_sessions.data"],
    filters: { id: result.order_ids },
  })
  res.status(200).json({
    purchase: toStorePurchase(data[0]!),
    payment: toStorePayment(sessions as any[]),
    // The guest's key to GET /store/purchases/:id?access_token= (confirmation page, emails).
    access_token: purchaseAccessToken(result.purchase_id, purchaseSecret(req.scope)),
  })
}

/** Only what a browser may see of each session: never the whole provider data. */
function toStorePayment(orders: { id: string; payment_collections?: { payment_sessions?: any[] }[] }[]) {
  const sessions = orders.flatMap((order) =>
    (order.payment_collections ?? []).flatMap((pc) =>
      (pc.payment_sessions ?? []).map((s) => ({
        order_id: order.id,
        provider_id: s.provider_id as string,
        client_secret: typeof s.data?.client_secret === "string" ? (s.data.client_secret as string) : undefined,
        redirect_url: typeof s.data?.payment_url === "string" ? (s.data.payment_url as string) : undefined,
      }))
    )
  )
  return {
    provider_id: sessions[0]?.provider_id ?? null,
    // VNPay: every order's session holds the same URL, for the purchase's total.
    redirect_url: sessions.find((s) => s.redirect_url)?.redirect_url ?? null,
    sessions: sessions.map(({ redirect_url: _url, ...s }) => s),
  }
}
