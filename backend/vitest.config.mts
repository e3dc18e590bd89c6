import { defineConfig } from "vitest/config"

// The search contract against Meilisearch needs a Meilisearch server. None can run on the
// project's machines: npm has only its JS client, Debian 12 packages no server
// (`apt-cache search meilisearch` is empty; ../shared/STACK.md, "Search"). So the file is
// collected only when MEILISEARCH_HOST names one, and the run says plainly that it was not
// exercised otherwise. The provider's choice and its filter compiler are tested always
// (src/modules/search-meilisearch/__tests__).
const MEILISEARCH_CONTRACT = "integration-tests/http/search/meilisearch.spec.ts"
if (!process.env.MEILISEARCH_HOST) {
  console.warn(`Meilisearch contract NOT exercised: MEILISEARCH_HOST is not set, so ${MEILISEARCH_CONTRACT} is not run`)
}

// Medusa's integration runners load the app through its own TypeScript hook (ts-node,
// tsconfig-paths), registered in the setup file; one fork, one file at a time, because
// each file boots a Medusa app against its own fresh database.
export default defineConfig({
  test: {
    globals: true,
    pool: "forks",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    include: ["integration-tests/**/*.spec.ts", "src/**/__tests__/**/*.spec.ts"],
    exclude: ["**/node_modules/**", ...(process.env.MEILISEARCH_HOST ? [] : [MEILISEARCH_CONTRACT])],
    setupFiles: ["./integration-tests/setup.mts"],
    // Fixtures sign up dozens of producers from the one loopback address in a file (the
    // isolation spec: two per test), past the per-address application limit of a real
    // shop (20 an hour, backend/src/api/rate-limit.ts). The rate-limit spec sets its own.
    env: { RATE_LIMIT_APPLICATION: "1000/1h" },
  },
})
