export const ProducerEvents = {
  APPLIED: "producer.applied",
  REVIEWED: "producer.reviewed",
} as const
