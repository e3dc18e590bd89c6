import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { searchContract } from "./contract"

// The same contract against a real Meilisearch server. Collected only when
// MEILISEARCH_HOST is set (vitest.config.mts says why and prints when it is not).
process.env.SEARCH_PROVIDER = "meilisearch"
process.env.MEILISEARCH_INDEX_PREFIX = `cln_test_${Date.now()}_`
medusaIntegrationTestRunner({
  env: { SEARCH_PROVIDER: "meilisearch", MEILISEARCH_INDEX_PREFIX: process.env.MEILISEARCH_INDEX_PREFIX },
  testSuite: searchContract("meilisearch"),
})
