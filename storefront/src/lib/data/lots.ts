import "server-only"
import { getLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { cache } from "react"
import { producerFetch } from "@/lib/seller-session"
import type { ApiFailure, ApiResult, SellerProduct } from "@/lib/seller-types"
import type { LabelJob, LotDetail, ProducerLot, RawMaterialZone, ScansOverview, VariantOption } from "@/lib/lots/types"
import { variantOptions } from "@/lib/lots/view"

/**
 * Reads of the lot pages (producer traceability API). Per signed-in producer, never
 * cached; a 401 sends the visitor to sign in again, as the rest of the panel does.
 */

async function read<T>(path: string, query?: Record<string, string | number | undefined>): Promise<ApiResult<T>> {
  const result = await producerFetch<T>(path, { query })
  if (!result.ok && result.status === 401) redirect(`/${await getLocale()}/seller/session-expired`)
  return result
}

/** A refusal (403: not approved) is shown on the page with the backend's message; a 5xx is an error. */
function shownFailure(result: ApiFailure): ApiFailure {
  if (result.status >= 500) throw new Error(`Producer API answered ${result.status}: ${result.message}`)
  return result
}

export type LotList = { lots: ProducerLot[]; count: number }

export async function listLots(query: { page: number; perPage: number }): Promise<LotList | ApiFailure> {
  const result = await read<LotList>("/producer/trace/lots", { limit: query.perPage, offset: (query.page - 1) * query.perPage })
  if (!result.ok) return shownFailure(result)
  return { lots: result.data.lots ?? [], count: result.data.count ?? result.data.lots?.length ?? 0 }
}

/** One of the producer's lots; null when it is not theirs or does not exist. Read once per request (metadata and page). */
export const getLot = cache(async (id: string): Promise<LotDetail | ApiFailure | null> => {
  const result = await read<{ lot: LotDetail }>(`/producer/trace/lots/${encodeURIComponent(id)}`)
  if (result.ok) return result.data.lot
  if (result.status === 404) return null
  return shownFailure(result)
})

/** The producer's raw-material zones; empty when they cannot be read (the lot form then offers none). */
export async function listZones(): Promise<RawMaterialZone[]> {
  const result = await read<{ zones: RawMaterialZone[] }>("/producer/trace/zones")
  return result.ok ? (result.data.zones ?? []) : []
}

/** Scans per product and per lot; null when they cannot be read. */
export async function getScansOverview(): Promise<ScansOverview | null> {
  const result = await read<ScansOverview>("/producer/trace/scans")
  if (!result.ok) return null
  return { products: result.data.products ?? [], lots: result.data.lots ?? [] }
}

/** The API's page limit; a producer's catalogue is small. */
const PRODUCT_LIMIT = 100

/** The producer's variants (drafts included: a lot can be made before the product is on sale). */
export async function listVariantOptions(): Promise<VariantOption[]> {
  const result = await read<{ products: SellerProduct[] }>("/producer/products", { limit: PRODUCT_LIMIT, offset: 0 })
  return result.ok ? variantOptions(result.data.products ?? []) : []
}

export async function getLabelJob(id: string): Promise<ApiResult<{ job: LabelJob }>> {
  return producerFetch<{ job: LabelJob }>(`/producer/trace/label-jobs/${encodeURIComponent(id)}`)
}
