import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureSlimCopy, slimKeys } from "../modules/search-postgres-vi/slim"

type Knex = {
  raw: (sql: string, params?: unknown[]) => Promise<{ rows: any[] }>
  transaction: <T>(run: (trx: Knex) => Promise<T>) => Promise<T>
}

/**
 * Gives the search indexes of a database made before the slim copies existed their copy
 * (modules/search-postgres-vi/slim.ts). The provider makes it whenever it creates or
 * rebuilds an index; an index that has not changed since is not rebuilt by `db:migrate`,
 * so this script makes it once. Until a copy exists, searches take the built-in way.
 */
export default async function searchSlimCopies({ container }: { container: MedusaContainer }) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const exec = (db: Knex) => (sql: string, params: unknown[] = []) => db.raw(sql, params).then((r) => r.rows)
  const [{ exists }] = await exec(knex)(`SELECT to_regclass('search_postgres_index') IS NOT NULL AS exists`)
  if (!exists) return
  const catalogs = await exec(knex)(`SELECT "table_name", "plan" FROM "search_postgres_index" WHERE "table_name" IS NOT NULL`)
  for (const catalog of catalogs) {
    const plan = typeof catalog.plan === "string" ? JSON.parse(catalog.plan) : catalog.plan
    const fields = new Map((plan.fields ?? []).map((f: { path: string }) => [f.path, f]))
    const [{ present }] = await exec(knex)(`SELECT to_regclass(?) IS NOT NULL AS present`, [`"${catalog.table_name}"`])
    if (!present) continue
    await ensureSlimCopy(exec(knex), (run) => knex.transaction((trx) => run(exec(trx))), catalog.table_name, slimKeys({ primary_key: plan.primary_key, fields: fields as any }))
  }
}
