import { describe, expect, it } from "vitest"
import { ReadBatcher } from "./live-reads"

/** A backend stand-in whose batches the test answers (or fails) by hand. */
function backend() {
  const batches: Array<{ reads: string[]; answer: () => void; fail: (error: Error) => void }> = []
  let version = 0
  const readMany = (reads: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push({ reads, answer: () => resolve(reads.map((read) => `${read}@${++version}`)), fail: reject })
    })
  return { batches, readMany }
}

/** Lets the batcher act: its sending waits one turn of the event loop after a batch settles. */
const turn = async () => {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve))
}

describe("ReadBatcher", () => {
  it("sends a lone read at once, without waiting for others", async () => {
    const { batches, readMany } = backend()
    const reads = new ReadBatcher(readMany, (read: string) => read)
    const answer = reads.get("A")
    await turn()
    expect(batches.map((b) => b.reads)).toEqual([["A"]])
    batches[0]!.answer()
    expect(await answer).toBe("A@1")
  })

  it("queues reads while the batches allowed are out, then sends them together, each getting its own answer", async () => {
    const { batches, readMany } = backend()
    const reads = new ReadBatcher(readMany, (read: string) => read, { maxInFlight: 2, maxBatch: 100 })
    const first = reads.get("A")
    await turn()
    const second = reads.get("B")
    await turn()
    expect(batches).toHaveLength(2)
    const waiting = ["C", "D", "E", "C"].map((read) => reads.get(read))
    await turn()
    expect(batches).toHaveLength(2)
    expect(reads.load).toEqual({ inFlight: 2, queued: 3 })
    batches[1]!.answer()
    expect(await second).toBe("B@1")
    await turn()
    // Reads asked for while C was queued share its one read.
    expect(batches.map((b) => b.reads)).toEqual([["A"], ["B"], ["C", "D", "E"]])
    batches[2]!.answer()
    expect(await Promise.all(waiting)).toEqual(["C@2", "D@3", "E@4", "C@2"])
    batches[0]!.answer()
    expect(await first).toBe("A@5")
  })

  it("never hands out a read sent before the request: the same key asked for again gets a read of its own", async () => {
    const { batches, readMany } = backend()
    const reads = new ReadBatcher(readMany, (read: string) => read, { maxInFlight: 4, maxBatch: 100 })
    const before = reads.get("A")
    await turn()
    const after = reads.get("A")
    await turn()
    expect(batches.map((b) => b.reads)).toEqual([["A"], ["A"]])
    batches[1]!.answer()
    batches[0]!.answer()
    expect([await before, await after]).toEqual(["A@2", "A@1"])
  })

  it("cuts long queues into batches of at most maxBatch", async () => {
    const { batches, readMany } = backend()
    const reads = new ReadBatcher(readMany, (read: string) => read, { maxInFlight: 1, maxBatch: 3 })
    const blocker = reads.get("X")
    await turn()
    const queued = Array.from({ length: 7 }, (_, i) => reads.get(`R${i}`))
    batches[0]!.answer()
    await blocker
    for (let sent = 1; sent < 4; sent++) {
      await turn()
      expect(batches).toHaveLength(sent + 1)
      batches[sent]!.answer()
    }
    expect(batches.slice(1).map((b) => b.reads.length)).toEqual([3, 3, 1])
    expect(await Promise.all(queued)).toHaveLength(7)
  })

  it("fails only the reads of a batch that failed; the next batch goes out", async () => {
    const { batches, readMany } = backend()
    const reads = new ReadBatcher(readMany, (read: string) => read, { maxInFlight: 1, maxBatch: 100 })
    const lost = reads.get("A")
    await turn()
    const later = reads.get("B")
    batches[0]!.fail(new Error("backend down"))
    await expect(lost).rejects.toThrow("backend down")
    await turn()
    expect(batches.map((b) => b.reads)).toEqual([["A"], ["B"]])
    batches[1]!.answer()
    expect(await later).toBe("B@1")
  })
})
