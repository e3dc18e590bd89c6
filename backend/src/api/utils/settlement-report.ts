import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { computeSettlements, toCsv } from "@cln/domain"
import ProducerOrderLink from "../../links/producer-order"

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-01 / Dùng ngày dạng 2026-11-01")

/** ?from=2026-11-01&to=2026-11-30&format=csv — a period of whole days, at most a year. */
export const SettlementQuery = z
  .object({ from: isoDate, to: isoDate, format: z.enum(["json", "csv"]).default("json") })
  .strict()
  .refine((q) => q.from <= q.to, { message: "'from' must not be after 'to' / Ngày bắt đầu phải trước ngày kết thúc", path: ["to"] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 366 * 24 * 3600 * 1000, {
    message: "A report covers at most one year / Báo cáo tối đa một năm",
    path: ["to"],
  })

export type SettlementQueryType = z.infer<typeof SettlementQuery>

/**
 * A producer's settlement for a period (Vietnam time, whole days): one line per order and
 * a total per currency with gross sales, refunds, commission and the net amount due.
 */
export async function settlementReport(scope: MedusaContainer, producerId: string, { from, to }: SettlementQueryType) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [producer] } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "name", "commission_percent"],
    filters: { id: producerId },
  })
  const { data: links } = await query.graph({ entity: ProducerOrderLink.entryPoint, fields: ["order_id"], filters: { producer_id: producerId } })
  const ids = links.map((l: { order_id: string }) => l.order_id)
  const start = new Date(`${from}T00:00:00+07:00`)
  const end = new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 24 * 3600 * 1000)
  const { data: orders } = ids.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "display_id", "created_at", "status", "currency_code", "total", "payment_collections.refunded_amount"],
        filters: { id: ids, created_at: { $gte: start, $lt: end }, status: { $ne: "canceled" } },
      })
    : { data: [] as any[] }
  const lines = (orders as any[])
    .map((o) => ({
      id: o.id as string,
      display_id: o.display_id as number,
      created_at: new Date(o.created_at).toISOString(),
      currency_code: o.currency_code as string,
      total: Number(o.total),
      refunded: (o.payment_collections ?? []).reduce((s: number, pc: any) => s + Number(pc.refunded_amount ?? 0), 0),
    }))
    .sort((a, b) => a.created_at.localeCompare(b.created_at))
  const commission = Number((producer as any)?.commission_percent ?? 0)
  return {
    producer: { id: producerId, handle: (producer as any)?.handle, name: (producer as any)?.name },
    period: { from, to },
    lines,
    totals: computeSettlements(lines, commission),
  }
}

export function settlementCsv(report: Awaited<ReturnType<typeof settlementReport>>): string {
  return toCsv([
    ["Người bán / Producer", report.producer.name],
    ["Kỳ / Period", `${report.period.from} → ${report.period.to}`],
    [],
    ["Đơn / Order", "Ngày / Date", "Tiền tệ / Currency", "Doanh thu / Gross", "Hoàn tiền / Refunded"],
    ...report.lines.map((l) => [l.display_id, l.created_at.slice(0, 10), l.currency_code.toUpperCase(), l.total, l.refunded]),
    [],
    ["Tiền tệ / Currency", "Số đơn / Orders", "Doanh thu / Gross", "Hoàn tiền / Refunds", "Hoa hồng % / Commission %", "Hoa hồng / Commission", "Thực nhận / Net due"],
    ...report.totals.map((t) => [t.currency_code.toUpperCase(), t.orders, t.gross, t.refunds, t.commission_percent, t.commission, t.net]),
  ])
}

/** Answers JSON, or a CSV download named after the producer and period. */
export function sendSettlement(res: any, report: Awaited<ReturnType<typeof settlementReport>>, format: "json" | "csv") {
  if (format === "json") return res.json({ settlement: report })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="doi-soat-${report.producer.handle}-${report.period.from}-${report.period.to}.csv"`)
  // A byte-order mark so spreadsheet programs read Vietnamese text as UTF-8.
  res.send(`\uFEFF${settlementCsv(report)}`)
}
