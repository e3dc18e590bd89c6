import "server-only"
import { cookies } from "next/headers"
import { tokenExpiry } from "@/lib/util/seller-token"

/**
 * The signed-in customer's JWT (from /auth/customer/emailpass) lives in an httpOnly
 * cookie read only by the storefront server, which sends it as `Authorization: Bearer`.
 * The shared SDK instance never stores a token: it serves every visitor.
 */
export const CUSTOMER_COOKIE = "cln_customer"

const FALLBACK_MAX_AGE_SECONDS = 60 * 60 * 24

export async function getCustomerToken(): Promise<string | null> {
  return (await cookies()).get(CUSTOMER_COOKIE)?.value || null
}

export async function setCustomerToken(token: string): Promise<void> {
  const expires = tokenExpiry(token)
  ;(await cookies()).set(CUSTOMER_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && (process.env.STOREFRONT_URL ?? "").startsWith("https:"),
    ...(expires ? { expires } : { maxAge: FALLBACK_MAX_AGE_SECONDS }),
  })
}

export async function clearCustomerToken(): Promise<void> {
  ;(await cookies()).delete({ name: CUSTOMER_COOKIE, path: "/" })
}
