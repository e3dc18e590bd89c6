import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { getLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { cache } from "react"
import { sdk } from "@/lib/config"
import type { MarkPage, MarkRight, MarkSummary, ProducerCertificate } from "@/lib/certificates/types"
import { producerFetch } from "@/lib/seller-session"
import type { ApiFailure } from "@/lib/seller-types"
import { CACHE_TAGS, cacheOptions } from "./cache"

/**
 * Certificate reads: the GI/mark pages (public store routes, cached), and the panel's own
 * certificates and rights of use (per producer, never cached). The product list's
 * certificate filters are parameters of its own read (./products listProductCards).
 */

/** Every registered GI, collective and certification mark. */
export const listMarks = cache(async (): Promise<MarkSummary[]> => {
  const { marks } = await sdk.client.fetch<{ marks: MarkSummary[] }>("/store/marks", cacheOptions(CACHE_TAGS.marks))
  return marks
})

/** One mark with its authorised producers; null when there is no such mark. */
export const getMarkByHandle = cache(async (handle: string): Promise<MarkPage | null> => {
  try {
    const page = await sdk.client.fetch<MarkPage>(
      `/store/marks/${encodeURIComponent(handle)}`,
      cacheOptions(CACHE_TAGS.marks, CACHE_TAGS.mark(handle))
    )
    return { mark: page.mark, producers: page.producers ?? [] }
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
})

/**
 * A producer API read. A 401 goes through the route handler that clears the expired
 * sign-in and shows the sign-in page (as the panel's other reads); a refusal (403: not
 * approved) is the page's to show; a 5xx is an error.
 */
async function producerRead<T>(path: string): Promise<T | ApiFailure> {
  const result = await producerFetch<T>(path)
  if (result.ok) return result.data
  if (result.status === 401) redirect(`/${await getLocale()}/seller/session-expired`)
  if (result.status >= 500) throw new Error(`Producer API answered ${result.status}: ${result.message}`)
  return result
}

/** The signed-in producer's OCOP certificates, newest first as the API sends them. */
export async function listProducerCertificates(): Promise<ProducerCertificate[] | ApiFailure> {
  const result = await producerRead<{ certificates: ProducerCertificate[] }>("/producer/certificates")
  return "ok" in result ? result : (result.certificates ?? [])
}

/** The signed-in producer's rights to use marks. */
export async function listProducerMarkRights(): Promise<MarkRight[] | ApiFailure> {
  const result = await producerRead<{ rights: MarkRight[] }>("/producer/mark-rights")
  return "ok" in result ? result : (result.rights ?? [])
}
