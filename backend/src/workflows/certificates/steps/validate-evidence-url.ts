import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

const notOurs = () =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "evidence_url phải là ảnh chụp quyết định đã tải lên qua /producer/uploads / evidence_url must be the photo or scan of the decision uploaded through /producer/uploads."
  )

/**
 * Evidence is a file the platform stores, not any web address: an officer opens it to
 * compare with the paper decision, and a link elsewhere could change or vanish. The URL's
 * last segment is the File module's key; the file must exist and the URL must be the one
 * the File module gives for it.
 */
export const validateEvidenceUrlStep = createStep("validate-evidence-url", async (input: { evidence_url: string }, { container }) => {
  let url: URL
  try {
    url = new URL(input.evidence_url)
  } catch {
    throw notOurs()
  }
  const key = decodeURIComponent(url.pathname.split("/").pop() ?? "")
  if (!key) throw notOurs()
  const files = container.resolve(Modules.FILE)
  const stored = await files.retrieveFile(key).catch(() => null)
  // Compared without a query string: providers that sign download URLs add one.
  if (!stored || stored.url.split("?")[0] !== input.evidence_url.split("?")[0]) throw notOurs()
  return new StepResponse(undefined)
})
