import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import ProducerOrderLink from "../../../links/producer-order"

export type ProducerOrderSummary = {
  id: string
  items: { id: string; quantity: number }[]
  fulfillments: { id: string; shipped_at: string | null; delivered_at: string | null; canceled_at: string | null }[]
}

/**
 * Loads an order only if it belongs to the producer. Another producer's order answers
 * exactly like a missing one (404), so ids reveal nothing.
 */
export const findProducerOrderStep = createStep(
  "find-producer-order",
  async (
    { producer_id, order_id, expect }: { producer_id: string; order_id: string; expect?: "unshipped" | "shipped" },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: ProducerOrderLink.entryPoint,
      fields: ["order_id"],
      filters: { producer_id, order_id },
    })
    if (!links.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found.`)
    const { data: [order] } = await query.graph({
      entity: "order",
      // Order line quantities live on the item detail, which "items.*" loads.
      fields: ["id", "status", "items.*", "fulfillments.id", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at"],
      filters: { id: order_id },
    })
    if (!order || order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order_id} is canceled.`)
    }
    // Quantities come back as BigNumber values; the fulfillment workflows want numbers.
    const summary: ProducerOrderSummary = {
      id: order.id,
      items: ((order as any).items ?? []).map((i: any) => ({ id: i.id, quantity: MathBN.convert(i.quantity).toNumber() })),
      fulfillments: (order as any).fulfillments ?? [],
    }
    const live = summary.fulfillments.filter((f) => !f.canceled_at)
    if (expect === "unshipped" && live.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Đơn này đã được gửi đi / This order has already been shipped.")
    }
    if (expect === "shipped") {
      const shipped = live.find((f) => f.shipped_at)
      if (!shipped) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Hãy gửi hàng trước khi xác nhận đã giao / Ship this order before marking it delivered.")
      if (shipped.delivered_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Đơn này đã giao / This order is already delivered.")
    }
    return new StepResponse(summary)
  }
)
