import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { CRAFT_VILLAGE_MODULE } from "../../../modules/craft-village"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { validateHandlesStep } from "../../common/steps/validate-handles"
import { CraftVillageEvents } from "../events"
import { createArtisansStep, type CreateArtisanInput } from "../steps/create-artisans"
import { validateArtisanReferencesStep } from "../steps/validate-artisan-references"

export type CreateArtisansWorkflowInput = {
  artisans: (CreateArtisanInput & { producer_id?: string | null })[]
}

/** Creates artisans in their villages and links each to the producer they work with. */
export const createArtisansWorkflow = createWorkflow("create-artisans", (input: CreateArtisansWorkflowInput) => {
  validateHandlesStep(
    transform({ input }, ({ input }) => ({ kind: "artisan", handles: input.artisans.map((a) => a.handle) }))
  )
  validateArtisanReferencesStep(
    transform({ input }, ({ input }) => ({
      craft_village_ids: input.artisans.map((a) => a.craft_village_id).filter((id): id is string => !!id),
      producer_ids: input.artisans.map((a) => a.producer_id).filter((id): id is string => !!id),
    }))
  )
  const toCreate = transform({ input }, ({ input }) => input.artisans.map(({ producer_id: _producer, ...artisan }) => artisan))
  const artisans = createArtisansStep(toCreate)

  const links = transform({ input, artisans }, ({ input, artisans }) =>
    artisans.flatMap((artisan, i) => {
      const producerId = input.artisans[i]?.producer_id
      return producerId
        ? [{ [PRODUCER_MODULE]: { producer_id: producerId }, [CRAFT_VILLAGE_MODULE]: { artisan_id: artisan.id } }]
        : []
    })
  )
  createRemoteLinkStep(links)

  emitEventStep({
    eventName: CraftVillageEvents.ARTISAN_CREATED,
    data: transform({ artisans }, ({ artisans }) => artisans.map((a) => ({ id: a.id }))),
  })
  const artisansCreated = createHook("artisansCreated", { artisans })

  return new WorkflowResponse(artisans, { hooks: [artisansCreated] })
})
