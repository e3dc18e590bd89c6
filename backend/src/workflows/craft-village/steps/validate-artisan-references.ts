import { createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type ValidateArtisanReferencesInput = {
  craft_village_ids: string[]
  producer_ids: string[]
}

/**
 * Every artisan belongs to a village that exists, and a producer it is linked to must
 * exist too: a link to a missing record would show an empty maker on public pages.
 */
export const validateArtisanReferencesStep = createStep(
  "validate-artisan-references",
  async ({ craft_village_ids, producer_ids }: ValidateArtisanReferencesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const missing = async (entity: string, ids: string[]) => {
      const wanted = [...new Set(ids)]
      if (!wanted.length) return []
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id: wanted } })
      const found = new Set(data.map((row: { id: string }) => row.id))
      return wanted.filter((id) => !found.has(id))
    }
    const [villages, producers] = await Promise.all([
      missing("craft_village", craft_village_ids),
      missing("producer", producer_ids),
    ])
    if (villages.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Craft village ${villages.join(", ")} does not exist.`)
    }
    if (producers.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${producers.join(", ")} does not exist.`)
    }
  }
)
