import { describe, expect, it } from "vitest"
import { jobProgress, jobStillRunning, labelsDone, progressPercent } from "./progress"

describe("label job progress", () => {
  it("is a whole percentage that reaches 100 only when the job is done", () => {
    expect(progressPercent(0, 5000)).toBe(0)
    expect(progressPercent(1, 5000)).toBe(0)
    expect(progressPercent(2500, 5000)).toBe(50)
    expect(progressPercent(4999, 5000)).toBe(99)
    expect(progressPercent(5000, 5000)).toBe(99)
    expect(progressPercent(5000, 5000, true)).toBe(100)
    expect(progressPercent(10, 0)).toBe(0)
    expect(progressPercent(-3, 10)).toBe(0)
    expect(progressPercent(Number.NaN, 10)).toBe(0)
  })

  it("reads labels done from `done`, a fractional `progress` or a counted `progress`", () => {
    expect(labelsDone({ status: "running", total: 2000, done: 500 })).toBe(500)
    expect(labelsDone({ status: "running", total: 2000, progress: 0.25 })).toBe(500)
    expect(labelsDone({ status: "running", total: 2000, progress: 1500 })).toBe(1500)
    expect(labelsDone({ status: "running", total: 2000, done: 9999 })).toBe(2000)
    expect(labelsDone({ status: "queued", total: 2000 })).toBe(0)
    expect(labelsDone({ status: "done", total: 2000, done: 0 })).toBe(2000)
  })

  it("sums a job up for the panel", () => {
    expect(jobProgress({ status: "running", total: 3000, done: 1000 })).toEqual({
      status: "running",
      done: 1000,
      total: 3000,
      percent: 33,
      finished: false,
    })
    expect(jobProgress({ status: "done", total: 3000, done: 3000 })).toMatchObject({ percent: 100, finished: true })
    expect(jobProgress({ status: "failed", total: 3000, done: 10 })).toMatchObject({ percent: 0, finished: false })
  })

  it("keeps asking only while the job is queued or running", () => {
    expect(jobStillRunning("queued")).toBe(true)
    expect(jobStillRunning("running")).toBe(true)
    expect(jobStillRunning("done")).toBe(false)
    expect(jobStillRunning("failed")).toBe(false)
  })
})
