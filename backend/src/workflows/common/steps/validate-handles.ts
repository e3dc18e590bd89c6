import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { isHandle } from "@cln/domain"

export type ValidateHandlesInput = { kind: string; handles: (string | undefined)[] }

/**
 * Handles appear in public URLs (/vi/lang-nghe/{handle}); they must be lowercase ASCII
 * words joined by hyphens, and unique within one request.
 */
export const validateHandlesStep = createStep("validate-handles", async ({ kind, handles }: ValidateHandlesInput) => {
  const given = handles.filter((h): h is string => !!h)
  if (given.length < handles.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Every ${kind} needs a handle.`)
  }
  const bad = given.filter((h) => !isHandle(h))
  if (bad.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid ${kind} handle ${bad.map((h) => `"${h}"`).join(", ")}: use lowercase letters, digits and hyphens, e.g. "lang-che-hong-thai".`
    )
  }
  const seen = new Set<string>()
  const dup = given.find((h) => (seen.has(h) ? true : (seen.add(h), false)))
  if (dup) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The ${kind} handle "${dup}" is given twice.`)
  }
})
