import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { searchContract } from "./contract"

// The search contract against the default provider: PostgreSQL read the Vietnamese way.
medusaIntegrationTestRunner({
  env: { SEARCH_PROVIDER: "postgres" },
  testSuite: searchContract("postgres"),
})
