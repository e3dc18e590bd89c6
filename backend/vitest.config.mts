import { defineConfig } from "vitest/config"

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
    setupFiles: ["./integration-tests/setup.mts"],
  },
})
