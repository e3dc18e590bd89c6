import { expect, test } from "@playwright/test"

/**
 * Someone edits a stored supply-chain event behind the application's back (straight in
 * the database): the public trace page and the API must both say the chain is broken.
 * Uses a demo lot no other spec reads (backend/src/scripts/demo/trace-data.ts).
 */

const BACKEND = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
const TAMPERED_LOT = "HK2610-02"

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

async function withDatabase<T>(work: (query: (sql: string, values?: unknown[]) => Promise<{ rows: any[]; rowCount: number | null }>) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error("DATABASE_URL is not set: the e2e stage of scripts/test.mjs sets it to the test database")
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work((sql, values) => client.query(sql, values))
  } finally {
    await client.end()
  }
}

test("an event changed in the database makes the trace page and the API report a broken chain", async ({ page, request }) => {
  const lotCode = await withDatabase(async (query) => {
    const { rows } = await query("select id, code from lot where lot_number = $1 and deleted_at is null", [TAMPERED_LOT])
    expect(rows, `demo lot ${TAMPERED_LOT}`).toHaveLength(1)
    return rows[0].code as string
  })
  const api = () => request.get(`${BACKEND}/trace/codes/${lotCode}`, { headers: { "x-publishable-api-key": PUBLISHABLE_KEY } })

  // Intact first, so the warning below is caused by the edit.
  const intact = (await (await api()).json()).trace
  expect(intact.chain.valid).toBe(true)
  await page.goto(`/vi/trace/${lotCode}`)
  await expect(page.getByText("Chuỗi sự kiện toàn vẹn").first()).toBeVisible()
  await expect(page.getByText("Cảnh báo: dữ liệu truy xuất đã bị thay đổi")).toHaveCount(0)

  await withDatabase(async (query) => {
    const { rowCount } = await query(
      "update trace_event set place_name = 'Một xưởng khác' where sequence = 2 and lot_id = (select id from lot where lot_number = $1)",
      [TAMPERED_LOT]
    )
    expect(rowCount).toBe(1)
  })

  const broken = (await (await api()).json()).trace
  expect(broken.chain).toMatchObject({ valid: false, broken_at: 2 })
  expect(broken.verdict.kind).toBe("chain_broken")

  await page.goto(`/vi/trace/${lotCode}`)
  await expect(page.getByText("Cảnh báo: dữ liệu truy xuất đã bị thay đổi").first()).toBeVisible()
  await expect(page.getByText("Chuỗi sự kiện bị phá vỡ").first()).toBeVisible()
  await expect(page.getByText("Chuỗi sự kiện toàn vẹn")).toHaveCount(0)
})
