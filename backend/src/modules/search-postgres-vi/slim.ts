/**
 * The slim copy of a search index's document table: per document only its id, the fields
 * a query filters, sorts or counts facets by (`indexed`, cut down to those), and its
 * search vector. The built-in provider answers a search with eight statements over the
 * document table itself (hits, count, six facets), whose rows carry the whole document
 * and every searchable text twice (about 3 KB a product): at 10,000 products "che shan
 * tuyet" matched 1,672 rows, read each statement again, 1–2 s a search under load
 * (docs/benchmarks.md, issue #6). Over this copy the same search reads ~300 bytes a row,
 * once for the count and every facet together, and reads whole documents for the page
 * of hits only.
 *
 * The copy is kept by triggers on the document table, in the same transaction as every
 * write the provider makes (insert, upsert, delete, truncate), so it never lags. A
 * document table the provider drops and recreates (a changed index definition) loses its
 * triggers; `ensureSlimCopy` then rebuilds the copy.
 */

/** Bumped when the copy's layout or triggers change: an older copy is then rebuilt. */
const SLIM_VERSION = 1

type Execute = (sql: string, params?: unknown[]) => Promise<any[]>

/** The names the copy of `table` goes by. */
export function slimNames(table: string) {
  return {
    table: `${table}_slim`,
    trigger: `${table}_slim_v${SLIM_VERSION}`,
    truncateTrigger: `${table}_slim_truncate_v${SLIM_VERSION}`,
    fn: `${table}_slim_sync`,
    truncateFn: `${table}_slim_clear`,
  }
}

/** The top-level key of `indexed` a (dotted) field path lives under. */
export const topKey = (path: string): string => path.split(".")[0] ?? path

type PlannedField = { path: string; field: { filterable?: unknown; sortable?: unknown; facetable?: unknown } }

/**
 * The top-level keys of `indexed` the copy keeps: the primary key and every field that is
 * filterable, sortable or facetable (their first path segment, for nested fields).
 */
export function slimKeys(plan: { primary_key?: string; fields: Map<string, PlannedField> }): string[] {
  const keys = new Set<string>()
  if (plan.primary_key) keys.add(topKey(plan.primary_key))
  for (const planned of plan.fields.values()) {
    const f = planned.field ?? {}
    if (f.filterable || f.sortable || f.facetable) keys.add(topKey(planned.path))
  }
  return [...keys].sort()
}

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`

/** `indexed` cut down to `keys`, as SQL over the row variable `row` (NEW in a trigger). */
function slimIndexedSql(row: string, keys: string[]): string {
  const list = `ARRAY[${keys.map(literal).join(", ")}]::text[]`
  return `(SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb) FROM jsonb_each(${row}.indexed) e WHERE e.key = ANY(${list}))`
}

/** Whether the copy of `table` exists and its triggers (this version's) are in place. */
export async function slimCopyReady(execute: Execute, table: string): Promise<boolean> {
  const names = slimNames(table)
  const rows = await execute(
    `SELECT to_regclass(?) IS NOT NULL AS copy,
            EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = ? AND tgrelid = to_regclass(?)) AS kept`,
    [ident(names.table), names.trigger, ident(table)]
  )
  return !!rows[0]?.copy && !!rows[0]?.kept
}

/**
 * Makes the copy of `table` if it is missing, outdated or no longer kept, in one
 * transaction that holds off writes to the document table while it copies. Cheap when
 * the copy is current (one catalogue query).
 */
export async function ensureSlimCopy(
  execute: Execute,
  transactional: (<T>(run: (execute: Execute) => Promise<T>) => Promise<T>) | undefined,
  table: string,
  keys: string[]
): Promise<boolean> {
  if (await slimCopyReady(execute, table)) return false
  const names = slimNames(table)
  const [t, slim] = [ident(table), ident(names.table)]
  const build = async (run: Execute) => {
    await run(`LOCK TABLE ${t} IN SHARE ROW EXCLUSIVE MODE`)
    await run(`DROP TABLE IF EXISTS ${slim}`)
    await run(`CREATE TABLE ${slim} (
      "id" text PRIMARY KEY,
      "indexed" jsonb NOT NULL,
      "search_vector" tsvector NOT NULL
    )`)
    await run(`INSERT INTO ${slim} ("id", "indexed", "search_vector") SELECT d."id", ${slimIndexedSql("d", keys)}, d."search_vector" FROM ${t} d`)
    await run(`CREATE INDEX ${ident(`${names.table}_fts_idx`)} ON ${slim} USING GIN ("search_vector")`)
    await run(`CREATE INDEX ${ident(`${names.table}_indexed_idx`)} ON ${slim} USING GIN ("indexed" jsonb_path_ops)`)
    await run(`ANALYZE ${slim}`)
    await run(`CREATE OR REPLACE FUNCTION ${ident(names.fn)}() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW."id" <> OLD."id") THEN
          DELETE FROM ${slim} WHERE "id" = OLD."id";
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO ${slim} ("id", "indexed", "search_vector")
          VALUES (NEW."id", ${slimIndexedSql("NEW", keys)}, NEW."search_vector")
          ON CONFLICT ("id") DO UPDATE SET "indexed" = EXCLUDED."indexed", "search_vector" = EXCLUDED."search_vector";
        END IF;
        RETURN NULL;
      END
    $fn$`)
    await run(`CREATE OR REPLACE FUNCTION ${ident(names.truncateFn)}() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        TRUNCATE ${slim};
        RETURN NULL;
      END
    $fn$`)
    // Triggers of an older version of the copy go; this version's are made afresh.
    const old = await run(`SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass(?) AND tgname LIKE ?`, [t, `${table}\\_slim\\_%`])
    for (const row of old) await run(`DROP TRIGGER IF EXISTS ${ident(row.tgname)} ON ${t}`)
    await run(`CREATE TRIGGER ${ident(names.trigger)} AFTER INSERT OR UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION ${ident(names.fn)}()`)
    await run(`CREATE TRIGGER ${ident(names.truncateTrigger)} AFTER TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION ${ident(names.truncateFn)}()`)
  }
  if (transactional) await transactional(build)
  else await build(execute)
  return true
}

/** Drops the copy of a document table the provider dropped. */
export async function dropSlimCopy(execute: Execute, table: string): Promise<void> {
  const names = slimNames(table)
  await execute(`DROP TABLE IF EXISTS ${ident(names.table)}`)
  await execute(`DROP FUNCTION IF EXISTS ${ident(names.fn)}() CASCADE`)
  await execute(`DROP FUNCTION IF EXISTS ${ident(names.truncateFn)}() CASCADE`)
}
