export * from "./kpi"
export * from "./village-import"
export * from "./report"
