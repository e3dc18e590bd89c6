export const TraceabilityEvents = {
  LOT_CREATED: "lot.created",
  TRACE_EVENT_RECORDED: "trace_event.recorded",
  LABEL_JOB_CREATED: "label_job.created",
} as const
