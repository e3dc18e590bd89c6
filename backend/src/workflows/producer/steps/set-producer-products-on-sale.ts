import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"

/**
 * Takes a producer's products off every sales channel (suspension) or puts its
 * published products back on the store's default channel (reinstatement), so the
 * storefront, which only lists its channel's products, follows the producer's status.
 */
export const setProducerProductsOnSaleStep = createStep(
  "set-producer-products-on-sale",
  async ({ producer_id, on_sale }: { producer_id: string; on_sale: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data: [producer] } = await query.graph({
      entity: "producer",
      fields: ["products.id", "products.status", "products.sales_channels.id"],
      filters: { id: producer_id },
    })
    const products: any[] = (producer as any)?.products ?? []
    let changed: LinkDefinition[] = []
    if (!on_sale) {
      changed = products.flatMap((p) =>
        (p.sales_channels ?? []).map((sc: { id: string }) => ({
          [Modules.PRODUCT]: { product_id: p.id },
          [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id },
        }))
      )
      if (changed.length) await link.dismiss(changed)
    } else {
      const { data: [store] } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
      const channelId = (store as any)?.default_sales_channel_id
      if (channelId) {
        changed = products
          .filter((p) => p.status === "published" && !(p.sales_channels ?? []).some((sc: { id: string }) => sc.id === channelId))
          .map((p) => ({ [Modules.PRODUCT]: { product_id: p.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channelId } }))
        if (changed.length) await link.create(changed)
      }
    }
    return new StepResponse(changed.length, { on_sale, changed })
  },
  async (data, { container }) => {
    if (!data?.changed.length) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (data.on_sale) await link.dismiss(data.changed)
    else await link.create(data.changed)
  }
)
