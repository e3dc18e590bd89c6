export * from "./catalogs"
