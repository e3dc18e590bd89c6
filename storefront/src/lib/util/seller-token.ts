/**
 * The producer's sign-in token is a JWT issued by the backend. The storefront never
 * verifies it (the backend does on every call); it only reads its claims to let the
 * cookie expire with the token and to tell a bare registration from a member's sign-in.
 */

function claims(token: string): Record<string, unknown> | null {
  const payload = token.split(".")[1]
  if (!payload) return null
  try {
    const json: unknown = JSON.parse(Buffer.from(payload.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8"))
    return json && typeof json === "object" ? (json as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** The token's expiry, or null when it has no readable `exp` claim. */
export function tokenExpiry(token: string): Date | null {
  const exp = claims(token)?.exp
  return typeof exp === "number" && Number.isFinite(exp) ? new Date(exp * 1000) : null
}

/** True when the token was issued to a producer member (a registration token has no actor yet). */
export function tokenHasActor(token: string): boolean {
  const actor = claims(token)?.actor_id
  return typeof actor === "string" && actor.length > 0
}
