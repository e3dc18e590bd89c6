import { createSecretKey } from "node:crypto"
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { CRAFT_VILLAGE_MODULE } from "./src/modules/craft-village"
import { CATALOG_MODULE } from "./src/modules/catalog"
import { GEO_INDICATION_MODULE } from "./src/modules/geo-indication"
import { OCOP_MODULE } from "./src/modules/ocop"
import { vnpayOptionsFromEnv } from "./src/modules/payment-vnpay/config"
import { PRODUCER_MODULE } from "./src/modules/producer"
import { PURCHASE_MODULE } from "./src/modules/purchase"
import { TRACEABILITY_MODULE } from "./src/modules/traceability"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Everything comes from the environment so that one build runs on a laptop (embedded
 * PostgreSQL, in-memory infrastructure) and in production (external PostgreSQL, Redis,
 * several server processes plus a worker). See README "Configuration".
 */
const env = process.env
const redisUrl = env.REDIS_URL || undefined
const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`
const storefrontUrl = env.STOREFRONT_URL || `http://localhost:${env.STOREFRONT_PORT || 8000}`
const devCors = [storefrontUrl, backendUrl, "http://localhost:5173"].join(",")

const redisModules = redisUrl
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: {
          redisUrl,
          jobOptions: {
            removeOnComplete: { age: 3600, count: 1000 },
            removeOnFail: { age: 3600, count: 1000 },
          },
        },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.CACHING,
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

// Cash on delivery (Medusa's system provider) is always there. VNPay and Stripe are
// registered only when their keys are set, so a provider without keys is never offered.
const vnpay = vnpayOptionsFromEnv(env)
const paymentProviders = [
  ...(vnpay ? [{ resolve: "./src/modules/payment-vnpay", id: "vnpay", options: vnpay }] : []),
  ...(env.STRIPE_API_KEY
    ? [
        {
          resolve: "@medusajs/medusa/payment-stripe",
          id: "stripe",
          options: { apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET },
        },
      ]
    : []),
]
const paymentModules = paymentProviders.length
  ? [{ key: Modules.PAYMENT, resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } }]
  : []

// Uploaded files (product photos, certificate scans, label sheets): on this machine's disk
// (backend/static) unless S3_BUCKET is set, then in S3 or any S3-compatible store (MinIO,
// Cloudflare R2, DigitalOcean Spaces), which several server processes can share.
const fileProvider = env.S3_BUCKET
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        file_url: env.S3_FILE_URL,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        region: env.S3_REGION || "auto",
        bucket: env.S3_BUCKET,
        endpoint: env.S3_ENDPOINT || undefined,
        prefix: env.S3_PREFIX || undefined,
        // MinIO and most self-hosted stores address buckets by path, not by host name.
        additional_client_config: env.S3_FORCE_PATH_STYLE === "true" ? { forcePathStyle: true } : undefined,
      },
    }
  : { resolve: "@medusajs/medusa/file-local", id: "local", options: { backend_url: `${backendUrl}/static` } }

// Product search (issue #6): PostgreSQL read the Vietnamese way by default; Meilisearch
// when MEILISEARCH_HOST is set. SEARCH_PROVIDER=postgres keeps PostgreSQL even then (the
// search contract tests run against each). Medusa's own PostgreSQL provider stays
// registered: its migration creates the extensions and the catalog table ours uses.
const meilisearchHost = env.MEILISEARCH_HOST || undefined
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    default_provider: meilisearchHost && env.SEARCH_PROVIDER !== "postgres" ? "search-meilisearch" : "search-postgres-vi",
    providers: [
      { resolve: "@medusajs/medusa/search-postgres", id: "postgres" },
      { resolve: "./src/modules/search-postgres-vi", id: "postgres-vi", options: { language: "vietnamese" } },
      ...(meilisearchHost
        ? [
            {
              resolve: "./src/modules/search-meilisearch",
              id: "meilisearch",
              options: {
                host: meilisearchHost,
                api_key: env.MEILISEARCH_API_KEY || undefined,
                index_prefix: env.MEILISEARCH_INDEX_PREFIX || "cln_",
              },
            },
          ]
        : []),
    ],
  },
}

// Roles and policies for admin users (issue #7: trade officers), when MEDUSA_FF_RBAC is
// "true" (Medusa reads the flag the same way). Medusa's defaults list the RBAC module only
// if the flag is known when this file is evaluated, and it is not yet: Medusa registers
// its own flags after loading this config, so with the flag alone the roles tables are
// never created. Naming the module here is what makes the flag work.
const rbacModules = env.MEDUSA_FF_RBAC?.toLowerCase() === "true" ? [{ key: Modules.RBAC, resolve: "@medusajs/medusa/rbac" }] : []

const jwtSecret = env.JWT_SECRET || "supersecret"

/**
 * The JWT secret as a key object, for verifying tokens, with its one algorithm pinned.
 * Given the secret as a string, jsonwebtoken first tries to read it as a PEM public key on
 * every request, which throws, and only then as a secret: about 5 % of a signed-in
 * request's CPU (docs/benchmarks.md, issue #8). Signing still uses `jwtSecret`. Left out
 * when JWT_PUBLIC_KEY names an asymmetric key.
 */
function symmetricJwtKey() {
  if (env.JWT_PUBLIC_KEY) return {}
  return {
    jwtPublicKey: createSecretKey(Buffer.from(jwtSecret)) as unknown as string,
    jwtOptions: { algorithm: "HS256" as const },
    jwtVerifyOptions: { algorithms: ["HS256" as const] },
  }
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    // Medusa makes the admin's session cookie Secure in production, and a Secure cookie is
    // never set over plain http: on `npm start` (http://localhost) officers could not sign
    // in. It is Secure whenever the admin is served over HTTPS (behind a proxy too).
    cookieOptions: { secure: backendUrl.startsWith("https://") },
    http: {
      storeCors: env.STORE_CORS || devCors,
      adminCors: env.ADMIN_CORS || devCors,
      authCors: env.AUTH_CORS || devCors,
      jwtSecret,
      cookieSecret: env.COOKIE_SECRET || "supersecret",
      ...symmetricJwtKey(),
    },
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  featureFlags: {
    // Product content in Vietnamese (base) and English (translations), served by locale.
    translation: true,
  },
  modules: [
    { key: Modules.TRANSLATION, resolve: "@medusajs/medusa/translation" },
    { resolve: "./src/modules/craft-village", key: CRAFT_VILLAGE_MODULE },
    { resolve: "./src/modules/producer", key: PRODUCER_MODULE },
    { resolve: "./src/modules/purchase", key: PURCHASE_MODULE },
    { resolve: "./src/modules/traceability", key: TRACEABILITY_MODULE },
    { resolve: "./src/modules/ocop", key: OCOP_MODULE },
    { resolve: "./src/modules/geo-indication", key: GEO_INDICATION_MODULE },
    { resolve: "./src/modules/catalog", key: CATALOG_MODULE },
    {
      // Until an email provider is configured, notifications (producer decisions,
      // certificate expiry) are written to the log by the local provider.
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local notifications (log)", channels: ["email", "feed"] },
          },
        ],
      },
    },
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: { providers: [fileProvider] },
    },
    ...paymentModules,
    searchModule,
    ...rbacModules,
    ...redisModules,
  ],
})
