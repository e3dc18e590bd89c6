import { describe, expect, it } from "vitest"
import { isTraceStep, parseStepParam, stepLabel, stepUsesQuantities, TRACE_STEP_KEYS } from "./steps"

describe("craft steps", () => {
  it("offers every step of the backend's vocabulary, harvest first", () => {
    expect(TRACE_STEP_KEYS[0]).toBe("harvesting")
    for (const key of ["withering", "rolling", "drying", "dyeing", "weaving", "firing", "packing", "shipping", "other"]) {
      expect(TRACE_STEP_KEYS).toContain(key)
    }
  })

  it("asks for input and output quantities only on processing steps", () => {
    expect(stepUsesQuantities("rolling")).toBe(true)
    expect(stepUsesQuantities("dyeing")).toBe(true)
    expect(stepUsesQuantities("harvesting")).toBe(false)
    expect(stepUsesQuantities("packing")).toBe(false)
  })

  it("names steps in both languages and keeps unknown ones as they are", () => {
    expect(stepLabel("rolling", "vi")).toBe("Vò")
    expect(stepLabel("rolling", "en")).toBe("Rolling")
    expect(stepLabel("levitating", "vi")).toBe("levitating")
  })

  it("reads a step from the query string, and nothing else", () => {
    expect(parseStepParam("drying")).toBe("drying")
    expect(parseStepParam(["weaving", "x"])).toBe("weaving")
    expect(parseStepParam("toString")).toBeNull()
    expect(parseStepParam(undefined)).toBeNull()
    expect(isTraceStep("constructor")).toBe(false)
  })
})
