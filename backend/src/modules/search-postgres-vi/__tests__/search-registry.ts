// defineSearchIndex (src/search/product.ts) registers its index with the running app's
// module registry; a test that loads the definition without the app stands in for it.
const registry = globalThis as { MedusaModule?: { setSearchIndex?: unknown } }
registry.MedusaModule ??= { setSearchIndex: () => undefined }

export {}
