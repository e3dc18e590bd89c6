import { createHmac } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { vnpayCanonicalQuery } from "@cln/domain"
import type { Market } from "../checkout/fixtures"

/** Offers these payment providers in the test market's region (cash on delivery stays). */
export async function offerInRegion(container: MedusaContainer, market: Market, providerIds: string[]) {
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: market.regionId }, update: { payment_providers: ["pp_system_default", ...providerIds] } },
  })
}

/** An IPN query as VNPay sends it, signed with the given secret (or left as given). */
export function vnpayIpn(secret: string, fields: Record<string, string>) {
  const query: Record<string, string> = {
    vnp_BankCode: "NCB",
    vnp_BankTranNo: "VNP14512345",
    vnp_CardType: "ATM",
    vnp_OrderInfo: "Thanh toan don hang Cho Lang Nghe",
    vnp_PayDate: "20261130101500",
    vnp_ResponseCode: "00",
    vnp_TransactionNo: "14512345",
    vnp_TransactionStatus: "00",
    ...fields,
  }
  query.vnp_SecureHash = createHmac("sha512", secret).update(vnpayCanonicalQuery(query), "utf8").digest("hex")
  return query
}

export const toQueryString = (query: Record<string, string>) => new URLSearchParams(query).toString()

/** Every order's payment as the modules hold it: collection status, captures, order payment status. */
export async function paymentsOf(container: MedusaContainer, orderIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "payment_collections.id",
      "payment_collections.status",
      "payment_collections.captured_amount",
      "payment_collections.payment_sessions.status",
      "payment_collections.payment_sessions.provider_id",
      "payment_collections.payments.id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.captures.id",
      "payment_collections.payments.captures.amount",
    ],
    filters: { id: orderIds },
  })
  const payment = container.resolve(Modules.PAYMENT)
  const captures = await payment.listCaptures({})
  return { orders: orders as any[], captures: captures.length }
}
