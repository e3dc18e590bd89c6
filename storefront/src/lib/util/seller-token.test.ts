import { describe, expect, it } from "vitest"
import { tokenExpiry, tokenHasActor } from "./seller-token"

const jwt = (claims: Record<string, unknown>) =>
  ["eyJhbGciOiJIUzI1NiJ9", Buffer.from(JSON.stringify(claims)).toString("base64url"), "signature"].join(".")

describe("seller tokens", () => {
  it("reads the expiry so the cookie expires with the token", () => {
    expect(tokenExpiry(jwt({ exp: 1796049596 }))?.toISOString()).toBe("2026-11-30T14:39:56.000Z")
    expect(tokenExpiry(jwt({}))).toBeNull()
    expect(tokenExpiry("not a token")).toBeNull()
    expect(tokenExpiry("a.%%%.c")).toBeNull()
  })

  it("tells a member's sign-in from a bare registration", () => {
    expect(tokenHasActor(jwt({ actor_id: "pmem_01", actor_type: "producer" }))).toBe(true)
    expect(tokenHasActor(jwt({ actor_id: "", actor_type: "producer" }))).toBe(false)
    expect(tokenHasActor("garbage")).toBe(false)
  })
})
