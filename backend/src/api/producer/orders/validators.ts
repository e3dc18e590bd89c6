import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const ProducerListOrders = createFindParams({ limit: 20, offset: 0 }).strict()

export const CARRIERS = ["ghn", "ghtk", "viettel_post", "vnpost", "other"] as const

export const ProducerShipOrder = z
  .object({
    carrier: z.enum(CARRIERS, { message: `Đơn vị vận chuyển không hợp lệ / Unknown carrier (${CARRIERS.join(", ")})` }),
    tracking_number: z
      .string()
      .trim()
      .min(4, "Mã vận đơn quá ngắn / Tracking number is too short")
      .max(60)
      .regex(/^[A-Za-z0-9.\-_/ ]+$/, "Mã vận đơn chỉ gồm chữ và số / Tracking number: letters and digits only"),
  })
  .strict()

export const ProducerDeliverOrder = z.object({}).strict()

export type ProducerShipOrderType = z.infer<typeof ProducerShipOrder>
