export const ProducerEvents = {
  APPLIED: "producer.applied",
  REVIEWED: "producer.reviewed",
  UPDATED: "producer.updated",
} as const
