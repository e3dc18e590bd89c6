import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The producer's order list (api/producer/orders/list-producer-orders.ts) counts a
 * producer's rows of the producer–order link table and pages them newest first. With the
 * link table's own indexes (producer id alone) PostgreSQL reads every one of the
 * producer's rows from the table and sorts them: about 40 ms cold for a producer with
 * 5,000 orders among 100,000 (docs/benchmarks.md, issue #8). This index answers the count
 * from the index alone and the page by reading 20 entries.
 *
 * A migration script, not a module migration: the link table is made by the link sync,
 * which `medusa db:migrate` runs after the modules' migrations and before these scripts.
 */
export default async function producerOrderListIndex({ container }: { container: MedusaContainer }) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS "IDX_producer_order_newest" ON "producer_producer_order_order" ("producer_id", "created_at" DESC, "order_id" DESC) WHERE "deleted_at" IS NULL`
  )
}
