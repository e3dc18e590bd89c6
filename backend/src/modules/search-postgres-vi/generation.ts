/**
 * The search index's write mark: the latest `updated_at` of the PostgreSQL provider's
 * catalogue rows (search_postgres_index, one row per physical index). The provider moves
 * it after every committed document write (see ./service), a rebuild adds a new row, and
 * a reader that sees a new mark also sees the documents written before it. The store's
 * answer cache keys kept searches by it (api/store/response-cache.ts), so a search kept
 * before a write is never served after it, whichever process wrote.
 */
const CATALOG_TABLE = "search_postgres_index"

/** Strictly increasing, even for two writes within one clock tick. */
export const WRITE_MARK_SQL = `UPDATE "${CATALOG_TABLE}"
  SET "updated_at" = GREATEST(clock_timestamp(), "updated_at" + interval '1 microsecond')
  WHERE "name" = ?`

type Pg = { raw: (sql: string) => Promise<{ rows: { mark: string | null }[] }> }

/** The current write mark, or null when the PostgreSQL provider has made no index here. */
export async function readSearchWriteMark(pg: Pg): Promise<string | null> {
  try {
    const { rows } = await pg.raw(`SELECT max("updated_at")::text AS mark FROM "${CATALOG_TABLE}"`)
    return rows[0]?.mark ?? null
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return null // undefined_table
    throw error
  }
}
