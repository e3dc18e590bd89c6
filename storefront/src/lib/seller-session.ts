import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { cookies } from "next/headers"
import { sdk } from "./config"
import type { ApiResult } from "./seller-types"
import { tokenExpiry } from "./util/seller-token"

/**
 * The producer's sign-in lives in an httpOnly cookie that only the storefront server
 * reads; every producer API call is made from the server with `Authorization: Bearer`.
 * The shared SDK instance never stores a token (it serves every visitor).
 */

export const PRODUCER_TOKEN_COOKIE = "cln_producer_token"

/** Used when a token has no readable expiry: the backend's default JWT lifetime. */
const FALLBACK_MAX_AGE_SECONDS = 60 * 60 * 24

export async function getProducerToken(): Promise<string | null> {
  const cookieStore = await cookies()
  return cookieStore.get(PRODUCER_TOKEN_COOKIE)?.value || null
}

/** Stores a sign-in token; only in a server action or route handler. */
export async function setProducerToken(token: string): Promise<void> {
  const cookieStore = await cookies()
  const expires = tokenExpiry(token)
  cookieStore.set(PRODUCER_TOKEN_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    ...(expires ? { expires } : { maxAge: FALLBACK_MAX_AGE_SECONDS }),
  })
}

/** Forgets the sign-in; only in a server action or route handler. */
export async function clearProducerToken(): Promise<void> {
  const cookieStore = await cookies()
  cookieStore.delete({ name: PRODUCER_TOKEN_COOKIE, path: "/" })
}

type ProducerFetchInit = {
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, string | number | undefined>
  body?: Record<string, unknown> | FormData
  /** A token other than the cookie's (a registration token while applying). */
  token?: string | null
}

/** The message of a failed call: the backend's (already bilingual) text, else the HTTP status. */
function failure(error: unknown): { ok: false; status: number; message: string } {
  if (error instanceof FetchError) {
    const status = error.status ?? 500
    return { ok: false, status, message: error.message || error.statusText || String(status) }
  }
  throw error
}

/**
 * Calls the backend as the signed-in producer (or with `token`). Never cached: producer
 * data is per user. HTTP errors come back as `{ ok: false, status, message }`; the caller
 * decides what a 401 (sign in again), 403 (not approved) or 404 means for its page.
 */
export async function producerFetch<T>(path: string, init: ProducerFetchInit = {}): Promise<ApiResult<T>> {
  const token = init.token === undefined ? await getProducerToken() : init.token
  if (!token) return { ok: false, status: 401, message: "" }
  const isForm = init.body instanceof FormData
  try {
    const data = await sdk.client.fetch<T>(path, {
      method: init.method ?? "GET",
      query: init.query,
      body: init.body,
      cache: "no-store",
      headers: {
        authorization: `Bearer ${token}`,
        // Let fetch set the multipart boundary.
        ...(isForm ? { "content-type": null } : {}),
      },
    })
    return { ok: true, data }
  } catch (error) {
    return failure(error)
  }
}

/** Calls an auth route (register, sign in); these need no token. */
export async function authFetch(path: string, body: Record<string, unknown>): Promise<ApiResult<{ token: string }>> {
  try {
    const data = await sdk.client.fetch<{ token: string }>(path, { method: "POST", body, cache: "no-store" })
    return typeof data?.token === "string" ? { ok: true, data } : { ok: false, status: 500, message: "" }
  } catch (error) {
    return failure(error)
  }
}
