import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { searchContract } from "./contract"

// The same contract against a real Meilisearch server, when one is configured. None can
// be installed on the project's machines, so without MEILISEARCH_HOST this file says so
// and runs nothing.
if (process.env.MEILISEARCH_HOST) {
  process.env.SEARCH_PROVIDER = "meilisearch"
  process.env.MEILISEARCH_INDEX_PREFIX = `cln_test_${Date.now()}_`
  medusaIntegrationTestRunner({
    env: { SEARCH_PROVIDER: "meilisearch", MEILISEARCH_INDEX_PREFIX: process.env.MEILISEARCH_INDEX_PREFIX },
    testSuite: searchContract("meilisearch"),
  })
} else {
  console.warn("Meilisearch contract NOT exercised: MEILISEARCH_HOST is not set")
  describe("search contract on Meilisearch", () => {
    it.skip("Meilisearch contract NOT exercised: MEILISEARCH_HOST is not set", () => {})
  })
}
