export * from "./dates"
export * from "./ocop"
export * from "./marks"
