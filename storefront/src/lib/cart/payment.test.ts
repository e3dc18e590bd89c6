import { describe, expect, it } from "vitest"
import { choosePayment, paymentMethods } from "./payment"

describe("paymentMethods", () => {
  it("offers only known, configured providers, cash on delivery first", () => {
    expect(paymentMethods(["pp_stripe_stripe", "pp_vnpay_vnpay", "pp_system_default", "pp_other"])).toEqual([
      { id: "pp_system_default", kind: "cod" },
      { id: "pp_vnpay_vnpay", kind: "vnpay" },
      { id: "pp_stripe_stripe", kind: "stripe" },
    ])
    expect(paymentMethods(["pp_system_default"])).toEqual([{ id: "pp_system_default", kind: "cod" }])
  })
})

describe("choosePayment", () => {
  const offered = paymentMethods(["pp_system_default", "pp_vnpay_vnpay"])
  it("takes an offered choice and falls back to cash on delivery otherwise", () => {
    expect(choosePayment("pp_vnpay_vnpay", offered)?.kind).toBe("vnpay")
    expect(choosePayment("pp_stripe_stripe", offered)?.kind).toBe("cod")
    expect(choosePayment(null, offered)?.kind).toBe("cod")
    expect(choosePayment("pp_system_default", [])).toBeNull()
  })
})

