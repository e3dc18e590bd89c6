import { describe, expect, it } from "vitest"
import { CLN_EPCIS_NAMESPACE, TRACE_STEPS, TRACE_STEP_KEYS, isTraceStepKey, stepToEventShape, type TraceStepKey } from "./steps"

describe("TRACE_STEPS", () => {
  it("has a Vietnamese and an English label for every step", () => {
    expect(TRACE_STEP_KEYS).toHaveLength(17)
    for (const key of TRACE_STEP_KEYS) {
      expect(TRACE_STEPS[key].label.vi.length, key).toBeGreaterThan(0)
      expect(TRACE_STEPS[key].label.en.length, key).toBeGreaterThan(0)
    }
    expect(new Set(TRACE_STEP_KEYS.map((k) => TRACE_STEPS[k].label.vi)).size).toBe(17)
  })

  it("maps the steps the issue names to their EPCIS events", () => {
    expect(stepToEventShape("harvesting")).toEqual({ event_type: "ObjectEvent", action: "ADD", biz_step: "commissioning", disposition: "active" })
    expect(stepToEventShape("packing")).toEqual({ event_type: "AggregationEvent", action: "ADD", biz_step: "packing", disposition: "in_progress" })
    expect(stepToEventShape("shipping")).toEqual({ event_type: "ObjectEvent", action: "OBSERVE", biz_step: "shipping", disposition: "in_transit" })
    expect(stepToEventShape("inspecting")).toEqual({ event_type: "ObjectEvent", action: "OBSERVE", biz_step: "inspecting", disposition: null })
    const processing: TraceStepKey[] = ["withering", "rolling", "drying", "fermenting", "dyeing", "spinning", "weaving", "carving", "shaping", "firing", "brewing"]
    for (const step of processing) {
      expect(stepToEventShape(step)).toEqual({
        event_type: "TransformationEvent",
        action: null,
        biz_step: `${CLN_EPCIS_NAMESPACE}bizstep/${step}`,
        disposition: "in_progress",
      })
      expect(TRACE_STEPS[step].uses_inputs).toBe(true)
    }
  })

  it("gives actions exactly to the events that take one", () => {
    for (const key of TRACE_STEP_KEYS) {
      const { event_type, action } = TRACE_STEPS[key]
      expect(action === null, key).toBe(event_type === "TransformationEvent")
    }
  })

  it("recognizes step keys", () => {
    expect(isTraceStepKey("weaving")).toBe(true)
    expect(isTraceStepKey("toString")).toBe(false)
    expect(isTraceStepKey("Weaving")).toBe(false)
    expect(() => stepToEventShape("nope" as TraceStepKey)).toThrow(RangeError)
  })
})
