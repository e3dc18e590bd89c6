import { TRACE_STEPS, type TraceStepKey } from "@cln/domain"

/**
 * The craft steps a producer records from a phone, in the order they usually happen: the
 * backend's step vocabulary (TRACE_STEPS in @cln/domain), with its names in both
 * languages, so that the panel and the public trace page call a step the same.
 */
export type { TraceStepKey }

export const TRACE_STEP_KEYS = Object.keys(TRACE_STEPS) as TraceStepKey[]

export function isTraceStep(value: unknown): value is TraceStepKey {
  return typeof value === "string" && Object.hasOwn(TRACE_STEPS, value)
}

/** Steps that turn one material into another (EPCIS TransformationEvents): their form asks what went in and came out. */
export function stepUsesQuantities(step: TraceStepKey): boolean {
  return TRACE_STEPS[step].uses_inputs
}

/** A step's name in the page's language; an unknown step (recorded by a newer backend) by its key. */
export function stepLabel(step: string, locale: string): string {
  return isTraceStep(step) ? TRACE_STEPS[step].label[locale === "en" ? "en" : "vi"] : step
}

/** A step from `?step=`, or null. */
export function parseStepParam(raw: string | string[] | undefined): TraceStepKey | null {
  const value = Array.isArray(raw) ? raw[0] : raw
  return isTraceStep(value) ? value : null
}
