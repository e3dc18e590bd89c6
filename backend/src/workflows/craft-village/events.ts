/** Events the craft-village workflows emit; subscribers use them to refresh caches and search. */
export const CraftVillageEvents = {
  CRAFT_VILLAGE_UPDATED: "craft_village.updated",
  ARTISAN_CREATED: "artisan.created",
} as const
