// Which search provider the app runs with, read from medusa-config.ts as Medusa loads it:
// PostgreSQL unless MEILISEARCH_HOST names a server, and PostgreSQL again when
// SEARCH_PROVIDER=postgres asks for it. Checked without a server.
const KEYS = ["MEILISEARCH_HOST", "MEILISEARCH_API_KEY", "MEILISEARCH_INDEX_PREFIX", "SEARCH_PROVIDER"] as const

async function searchOptions(env: Partial<Record<(typeof KEYS)[number], string>>) {
  const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]))
  for (const k of KEYS) delete process.env[k]
  Object.assign(process.env, env)
  try {
    vi.resetModules()
    // defineConfig turns the modules list into an object keyed by module.
    const config = (await import("../../../../medusa-config.js")).default as { modules: Record<string, { options?: any }> }
    return config.modules.search!.options as {
      default_provider: string
      providers: { id: string; options?: Record<string, unknown> }[]
    }
  } finally {
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k]
      else process.env[k] = saved[k]
    }
  }
}

describe("search provider choice", () => {
  it("uses the Vietnamese PostgreSQL provider and registers no Meilisearch without a host", async () => {
    const options = await searchOptions({})
    expect(options.default_provider).toBe("search-postgres-vi")
    expect(options.providers.map((p) => p.id)).not.toContain("meilisearch")
  })

  it("uses Meilisearch with the configured host, key and prefix when MEILISEARCH_HOST is set", async () => {
    const options = await searchOptions({ MEILISEARCH_HOST: "http://127.0.0.1:7700", MEILISEARCH_API_KEY: "k", MEILISEARCH_INDEX_PREFIX: "tq_" })
    expect(options.default_provider).toBe("search-meilisearch")
    expect(options.providers.find((p) => p.id === "meilisearch")?.options).toEqual({ host: "http://127.0.0.1:7700", api_key: "k", index_prefix: "tq_" })
  })

  it("keeps PostgreSQL when SEARCH_PROVIDER=postgres, with Meilisearch still registered", async () => {
    const options = await searchOptions({ MEILISEARCH_HOST: "http://127.0.0.1:7700", SEARCH_PROVIDER: "postgres" })
    expect(options.default_provider).toBe("search-postgres-vi")
    expect(options.providers.map((p) => p.id)).toContain("meilisearch")
  })
})
