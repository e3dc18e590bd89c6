import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Row = Record<string, any>

/** GET /admin/trace/summary: totals for trade officers: codes, lots, events, scans, and scans per producer. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const weekAgo = new Date(Date.now() - 7 * 86_400_000)
  const [codes, lots, events, scans, recent, perProducer] = (await Promise.all([
    knex("trace_code").whereNull("deleted_at").groupBy("kind").select("kind").count({ count: "id" }),
    knex("lot").whereNull("deleted_at").count({ count: "id" }),
    knex("trace_event").whereNull("deleted_at").count({ count: "id" }),
    knex("scan").whereNull("deleted_at").count({ count: "id" }),
    knex("scan").whereNull("deleted_at").where("scanned_at", ">=", weekAgo).count({ count: "id" }),
    knex("trace_code as tc")
      .leftJoin("product_product_variant_traceability_trace_code as vc", function (this: any) {
        this.on("vc.trace_code_id", "tc.id").andOnNull("vc.deleted_at")
      })
      .leftJoin("product_product_variant_traceability_lot as vl", function (this: any) {
        this.on("vl.lot_id", "tc.lot_id").andOnNull("vl.deleted_at")
      })
      .join("product_variant as v", "v.id", knex.raw("coalesce(vc.product_variant_id, vl.product_variant_id)"))
      .join("producer_producer_product_product as pp", function (this: any) {
        this.on("pp.product_id", "v.product_id").andOnNull("pp.deleted_at")
      })
      .join("producer as pr", "pr.id", "pp.producer_id")
      .whereNull("tc.deleted_at")
      .groupBy("pr.id", "pr.name")
      .select("pr.id as producer_id", "pr.name")
      .sum({ scans: "tc.scan_count" })
      .orderBy("scans", "desc"),
  ])) as Row[][]
  res.json({
    codes: Object.fromEntries(codes!.map((c) => [c.kind, Number(c.count)])),
    lots: Number(lots![0]!.count),
    events: Number(events![0]!.count),
    scans: { total: Number(scans![0]!.count), last_7_days: Number(recent![0]!.count) },
    producers: perProducer!.map((p) => ({ producer_id: p.producer_id, name: p.name, scan_count: Number(p.scans) })),
  })
}
