/**
 * A narrow copy of a search index's document table, kept in step by row triggers (and a
 * truncate trigger) on the document table, so that it changes in the same transaction as
 * every write the provider makes and never lags. The slim copy (./slim) and the listing
 * copy (./listing) are two of these; each says which columns it keeps and how they are
 * read off a document row.
 *
 * A document table the provider drops and recreates (a changed index definition) loses
 * its triggers; `copyReady` then answers false and `makeKeptCopy` rebuilds the copy. The
 * layout's version is in the trigger's name, so a copy of an older layout is rebuilt too.
 */

export type Execute = (sql: string, params?: unknown[]) => Promise<any[]>
export type Transactional = <T>(run: (execute: Execute) => Promise<T>) => Promise<T>

export const ident = (s: string) => `"${s.replace(/"/g, '""')}"`

export type CopyNames = { table: string; trigger: string; truncateTrigger: string; fn: string; truncateFn: string }

/** The names the copy `kind` (slim, listing) of `table` goes by, at layout `version`. */
export function copyNames(table: string, kind: string, version: number): CopyNames {
  return {
    table: `${table}_${kind}`,
    trigger: `${table}_${kind}_v${version}`,
    truncateTrigger: `${table}_${kind}_truncate_v${version}`,
    fn: `${table}_${kind}_sync`,
    truncateFn: `${table}_${kind}_clear`,
  }
}

/** Whether the copy of `table` exists and its triggers (this version's) are in place. */
export async function copyReady(execute: Execute, table: string, names: CopyNames): Promise<boolean> {
  const rows = await execute(
    `SELECT to_regclass(?) IS NOT NULL AS copy,
            EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = ? AND tgrelid = to_regclass(?)) AS kept`,
    [ident(names.table), names.trigger, ident(table)]
  )
  return !!rows[0]?.copy && !!rows[0]?.kept
}

export type KeptCopy = {
  /** The document table. */
  table: string
  names: CopyNames
  /** The copy's columns besides "id", as `"name" type` lines of CREATE TABLE. */
  columnsDdl: string[]
  /** The same columns' quoted names, in that order. */
  columns: string[]
  /** Their values read off the document row variable `row` (NEW in a trigger, d in the copy), comma-separated. */
  valuesFrom: (row: string) => string
  /** CREATE INDEX statements, run after the copy is filled. */
  indexes: string[]
}

/**
 * Makes the copy if it is missing, outdated or no longer kept, in one transaction that
 * holds off writes to the document table while it copies. Cheap when the copy is current
 * (one catalogue query). Answers whether it made the copy.
 */
export async function makeKeptCopy(execute: Execute, transactional: Transactional | undefined, spec: KeptCopy): Promise<boolean> {
  const { table, names, columns } = spec
  if (await copyReady(execute, table, names)) return false
  const [t, copy] = [ident(table), ident(names.table)]
  const build = async (run: Execute) => {
    await run(`LOCK TABLE ${t} IN SHARE ROW EXCLUSIVE MODE`)
    await run(`DROP TABLE IF EXISTS ${copy}`)
    await run(`CREATE TABLE ${copy} (
      "id" text PRIMARY KEY,
      ${spec.columnsDdl.join(",\n      ")}
    )`)
    await run(`INSERT INTO ${copy} ("id", ${columns.join(", ")}) SELECT d."id", ${spec.valuesFrom("d")} FROM ${t} d`)
    for (const index of spec.indexes) await run(index)
    await run(`ANALYZE ${copy}`)
    await run(`CREATE OR REPLACE FUNCTION ${ident(names.fn)}() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW."id" <> OLD."id") THEN
          DELETE FROM ${copy} WHERE "id" = OLD."id";
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO ${copy} ("id", ${columns.join(", ")})
          VALUES (NEW."id", ${spec.valuesFrom("NEW")})
          ON CONFLICT ("id") DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(", ")};
        END IF;
        RETURN NULL;
      END
    $fn$`)
    await run(`CREATE OR REPLACE FUNCTION ${ident(names.truncateFn)}() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        TRUNCATE ${copy};
        RETURN NULL;
      END
    $fn$`)
    // Triggers of an older version of the copy go; this version's are made afresh.
    const kind = names.table.slice(table.length + 1)
    const old = await run(`SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass(?) AND tgname LIKE ?`, [t, `${table}\\_${kind}\\_%`])
    for (const row of old) await run(`DROP TRIGGER IF EXISTS ${ident(row.tgname)} ON ${t}`)
    await run(`CREATE TRIGGER ${ident(names.trigger)} AFTER INSERT OR UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION ${ident(names.fn)}()`)
    await run(`CREATE TRIGGER ${ident(names.truncateTrigger)} AFTER TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION ${ident(names.truncateFn)}()`)
  }
  if (transactional) await transactional(build)
  else await build(execute)
  return true
}

/** Drops the copy of a document table the provider dropped. */
export async function dropKeptCopy(execute: Execute, names: CopyNames): Promise<void> {
  await execute(`DROP TABLE IF EXISTS ${ident(names.table)}`)
  await execute(`DROP FUNCTION IF EXISTS ${ident(names.fn)}() CASCADE`)
  await execute(`DROP FUNCTION IF EXISTS ${ident(names.truncateFn)}() CASCADE`)
}

/**
 * Analyzes a copy when a tenth of its rows changed since it was last analyzed, as
 * autovacuum would: a copy is made with the index, before the seed fills it, and where
 * autovacuum is off (the benchmark machine's PostgreSQL) the planner kept believing it
 * empty, sorting all 10,000 ids for a listing page (24 ms) instead of walking the id
 * index (0.5 ms).
 */
export async function analyzeIfStale(execute: Execute, table: string): Promise<boolean> {
  const [row] = await execute(
    `SELECT c.reltuples::float8 AS tuples, s.n_mod_since_analyze::float8 AS changed
       FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.oid = to_regclass(?)`,
    [ident(table)]
  )
  if (!row || Number(row.changed) <= 50 + 0.1 * Math.max(0, Number(row.tuples))) return false
  await execute(`ANALYZE ${ident(table)}`)
  return true
}
