import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
// Defaults for the local server; `npm test` sets these for the database it chose. The
// runner turns SSL on for any host but "localhost", so local servers must be named so.
process.env.DB_HOST ??= "localhost"
process.env.DB_USERNAME ??= "postgres"
process.env.DB_PASSWORD ??= ""
require("ts-node").register({})
require("tsconfig-paths").register({})
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()
