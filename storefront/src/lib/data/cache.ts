import "server-only"

/** Store data may be up to this many seconds old; tags let the backend's changes evict it sooner. */
const REVALIDATE_SECONDS = 60

export const CACHE_TAGS = {
  regions: "regions",
  categories: "categories",
  products: "products",
  product: (handle: string) => `product-${handle}`,
  villages: "villages",
  village: (handle: string) => `village-${handle}`,
  producers: "producers",
  producer: (handle: string) => `producer-${handle}`,
  artisans: "artisans",
  artisan: (handle: string) => `artisan-${handle}`,
  marks: "marks",
  mark: (handle: string) => `mark-${handle}`,
  certificates: "certificates",
  catalogs: "catalogs",
} as const

/** Fetch options that put a store API response in Next's data cache. */
export function cacheOptions(...tags: string[]) {
  return {
    cache: "force-cache" as const,
    next: { revalidate: REVALIDATE_SECONDS, tags },
  }
}
