import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Express's `trust proxy` from the TRUST_PROXY variable: unset, empty, "false" or "0"
 * trust no proxy (req.ip is the connection's address, which nobody can forge); "true"
 * trusts every hop; a number trusts that many hops; anything else is Express's list of
 * addresses and subnets ("loopback, uniquelocal", "10.0.0.5").
 */
export function trustProxySetting(value: string | undefined): boolean | number | string {
  const v = (value ?? "").trim()
  if (!v || v === "false" || v === "0") return false
  if (v === "true") return true
  if (/^\d+$/.test(v)) return Number(v)
  return v
}

const APPLIED = "cln trust proxy applied"

/**
 * Medusa 2.21 sets `trust proxy` to 1 when it builds its Express app and offers no option
 * for it (framework/http/express-loader), so a buyer talking to the backend directly
 * could set req.ip with an X-Forwarded-For header. The first request sets it from
 * TRUST_PROXY instead; Express reads the setting on every `req.ip`, so this request
 * already gets it. VNPay is sent req.ip as the buyer's address.
 */
export function applyTrustProxy(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const app = req.app
  if (app && !app.get(APPLIED)) {
    app.set("trust proxy", trustProxySetting(process.env.TRUST_PROXY))
    app.set(APPLIED, true)
  }
  next()
}
