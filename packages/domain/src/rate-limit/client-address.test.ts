import { describe, expect, it } from "vitest"
import { rateLimitAddressKey } from "./client-address"

describe("rateLimitAddressKey", () => {
  it("counts an IPv4 address alone, however it is written", () => {
    expect(rateLimitAddressKey("203.0.113.9")).toBe("203.0.113.9")
    expect(rateLimitAddressKey("::ffff:203.0.113.9")).toBe("203.0.113.9")
    expect(rateLimitAddressKey(" ::FFFF:203.0.113.9 ")).toBe("203.0.113.9")
  })

  it("counts every address of an IPv6 /64 together", () => {
    const a = rateLimitAddressKey("2001:db8:85a3:1:1111:2222:3333:4444")
    expect(a).toBe("2001:db8:85a3:1::/64")
    expect(rateLimitAddressKey("2001:0db8:85a3:0001::9")).toBe(a)
    expect(rateLimitAddressKey("[2001:db8:85a3:1::abcd]")).toBe(a)
    expect(rateLimitAddressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64")
    expect(rateLimitAddressKey("2001:db8:85a3:2::1")).not.toBe(a)
    expect(rateLimitAddressKey("::1")).toBe("0:0:0:0::/64")
    expect(rateLimitAddressKey("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64")
  })

  it("keeps anything else as it is, and names a missing address", () => {
    expect(rateLimitAddressKey(undefined)).toBe("unknown")
    expect(rateLimitAddressKey("")).toBe("unknown")
    expect(rateLimitAddressKey("not-an-address")).toBe("not-an-address")
    expect(rateLimitAddressKey("1:2:3")).toBe("1:2:3")
    expect(rateLimitAddressKey("1::2::3")).toBe("1::2::3")
  })
})
