import { describe, expect, it } from "vitest"
import type { TraceBackend } from "../lib/trace/backend"
import { ScanBatcher, type EdgeScan } from "./scan-batcher"

/** A backend that records the batches it is sent and answers as told. */
function fakeBackend(answers: Array<number | Error>) {
  const batches: Array<{ scans: EdgeScan[]; key: string | undefined }> = []
  const backend = {
    get: async () => ({ status: 404, body: {} }),
    post: async (_path: string, payload: unknown, headers: Record<string, string> = {}) => {
      const answer = answers.shift() ?? 200
      if (answer instanceof Error) throw answer
      if (answer === 200) batches.push({ scans: (payload as { scans: EdgeScan[] }).scans, key: headers["x-trace-edge-key"] })
      return { status: answer, body: answer === 200 ? { recorded: 1 } : { message: "no" } }
    },
  } as unknown as TraceBackend
  return { backend, batches }
}

const scan = (code: string, at = "2026-11-29T10:00:00.000Z"): EdgeScan => ({ identifier: { code }, at, headers: { "user-agent": "t" } })

describe("ScanBatcher", () => {
  it("sends scans in batches of at most 250 with its key, and counts them as pending until sent", async () => {
    const { backend, batches } = fakeBackend([])
    const batcher = new ScanBatcher(backend, "k", () => {})
    for (let i = 0; i < 600; i++) batcher.add(i % 3 ? "AAAA23456789" : "BBBB23456789", scan(i % 3 ? "AAAA23456789" : "BBBB23456789"))
    expect(batcher.pendingFor("AAAA23456789")?.count).toBeGreaterThan(0)
    await batcher.flush()
    const sent = batches.flatMap((b) => b.scans)
    expect(sent).toHaveLength(600)
    // Each scan has its own id, by which the backend writes it once however often it is sent.
    expect(new Set(sent.map((s) => s.id)).size).toBe(600)
    expect(batches.every((b) => b.scans.length <= 250 && b.key === "k")).toBe(true)
    expect(batcher.pendingFor("AAAA23456789")).toBeNull()
    expect(batcher.size).toBe(0)
  })

  it("keeps a refused or failed batch and sends it again, losing and doubling nothing", async () => {
    const { backend, batches } = fakeBackend([503, new Error("ECONNREFUSED"), 200])
    const logs: string[] = []
    const batcher = new ScanBatcher(backend, "k", (m) => logs.push(m))
    batcher.add("AAAA23456789", scan("AAAA23456789", "2026-11-29T10:00:00.000Z"))
    batcher.add("AAAA23456789", scan("AAAA23456789", "2026-11-29T10:00:01.000Z"))
    await batcher.flush()
    expect(batches).toHaveLength(0)
    expect(batcher.pendingFor("AAAA23456789")).toEqual({ count: 2, first_at: "2026-11-29T10:00:00.000Z" })
    // Retries back off; wait for them.
    for (let i = 0; i < 50 && batches.length === 0; i++) await new Promise((r) => setTimeout(r, 50))
    expect(batches).toHaveLength(1)
    expect(batches[0]!.scans.map((s) => s.at)).toEqual(["2026-11-29T10:00:00.000Z", "2026-11-29T10:00:01.000Z"])
    expect(batcher.pendingFor("AAAA23456789")).toBeNull()
    expect(logs.length).toBe(2)
  })
})
