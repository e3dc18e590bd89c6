export * from "./sliding-window"
export * from "./client-address"
