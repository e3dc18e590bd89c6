import { PRODUCER_PROFILE_FIELDS } from "../../producer/me/route"

export const adminProducerFields = [...PRODUCER_PROFILE_FIELDS, "members.id", "members.name", "members.email"]

export const adminProducerQueryConfig = {
  list: { defaults: adminProducerFields, isList: true, defaultLimit: 20 },
  retrieve: { defaults: adminProducerFields, isList: false },
}
