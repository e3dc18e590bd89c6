import { randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { slugify } from "@cln/domain"

const ATTEMPTS = 5

/** A short random tail in lowercase letters and digits, e.g. "k3f9q". */
const suffix = () =>
  Array.from(randomBytes(5), (b) => "abcdefghijklmnopqrstuvwxyz0123456789"[b % 36]).join("")

/**
 * The product's URL handle from its Vietnamese title ("Chè Shan tuyết" → "che-shan-tuyet");
 * when a product already has it, a short random tail keeps it unique without revealing
 * how many products share the name.
 */
export const resolveProductHandleStep = createStep(
  "resolve-product-handle",
  async ({ title }: { title: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const base = slugify(title, 80) || "san-pham"
    const isFree = async (handle: string) => {
      const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { handle } })
      return data.length === 0
    }
    if (await isFree(base)) return new StepResponse(base)
    for (let i = 0; i < ATTEMPTS; i++) {
      const candidate = `${base}-${suffix()}`
      if (await isFree(candidate)) return new StepResponse(candidate)
    }
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not find a free product handle for "${base}"; try again.`)
  }
)
