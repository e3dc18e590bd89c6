import { describe, expect, it } from "vitest"
import { trustProxySetting } from "../trust-proxy"

describe("trustProxySetting", () => {
  it("trusts no proxy unless told", () => {
    for (const off of [undefined, "", "  ", "false", "0"]) expect(trustProxySetting(off)).toBe(false)
  })

  it("reads true, a hop count, or Express's list of addresses and subnets", () => {
    expect(trustProxySetting("true")).toBe(true)
    expect(trustProxySetting("1")).toBe(1)
    expect(trustProxySetting("2")).toBe(2)
    expect(trustProxySetting("loopback, uniquelocal")).toBe("loopback, uniquelocal")
    expect(trustProxySetting(" 10.0.0.5 ")).toBe("10.0.0.5")
  })
})
