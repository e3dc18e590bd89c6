// medusa-config.ts reads the environment when the runner loads the app (in its beforeAll,
// after this module has run), so Stripe's test keys are set here, before the runner
// starts. The key is a made-up sk_test_ key: nothing in this file reaches Stripe.
const WEBHOOK_SECRET = "whsec_cln_test_secret"
process.env.STRIPE_API_KEY = "sk_test_cln_not_a_real_key"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
delete process.env.VNPAY_TMN_CODE
delete process.env.VNPAY_HASH_SECRET

import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { buyer, seedMarket, type Market } from "../checkout/fixtures"
import { offerInRegion, paymentsOf } from "./fixtures"

const stripe = new Stripe("sk_test_cln_not_a_real_key")

/**
 * No network here, and Medusa's Stripe provider calls Stripe's API to create a payment
 * intent (at checkout) and to read it back (when a webhook says it succeeded). So this
 * file points that provider's Stripe client at a local stand-in of those two endpoints.
 * What runs for real: Medusa's Stripe provider and its webhook signature check, Medusa's
 * webhook route, subscriber and processPaymentWorkflow, our checkout and our signature
 * guard. What does not: Stripe's servers (no real card, intent or delivery of an event).
 */
const EXERCISED =
  "[stripe] exercised offline: Medusa's Stripe provider (@medusajs/payment-stripe 2.21.2) loaded with a fake sk_test_ key, " +
  "webhook signatures checked by it, Medusa's /hooks/payment route + subscriber + processPaymentWorkflow. " +
  "NOT exercised: api.stripe.com — the provider's Stripe client is pointed at a local stand-in answering " +
  "POST /v1/payment_intents and GET /v1/payment_intents/:id; no real Stripe call or event delivery happened."

type Intent = Record<string, any>

function startStripeStandIn() {
  const intents = new Map<string, Intent>()
  const server: Server = createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      const url = new URL(req.url!, "http://localhost")
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(JSON.stringify(json))
      }
      if (req.method === "POST" && url.pathname === "/v1/payment_intents") {
        const form = new URLSearchParams(body)
        const id = `pi_test_${intents.size + 1}`
        const intent: Intent = {
          id,
          object: "payment_intent",
          amount: Number(form.get("amount")),
          amount_received: 0,
          currency: form.get("currency"),
          status: "requires_payment_method",
          client_secret: `${id}_secret_test`,
          capture_method: form.get("capture_method") ?? "automatic",
          metadata: { session_id: form.get("metadata[session_id]") },
        }
        intents.set(id, intent)
        return send(200, intent)
      }
      const match = url.pathname.match(/^\/v1\/payment_intents\/([^/]+)$/)
      if (req.method === "GET" && match && intents.has(match[1]!)) return send(200, intents.get(match[1]!))
      send(404, { error: { type: "invalid_request_error", message: `stand-in has no ${req.method} ${url.pathname}` } })
    })
  })
  return new Promise<{ server: Server; port: number; intents: Map<string, Intent> }>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as AddressInfo).port, intents }))
  )
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let standIn: Awaited<ReturnType<typeof startStripeStandIn>>

    beforeAll(async () => {
      console.log(EXERCISED)
      standIn = await startStripeStandIn()
    })
    afterAll(() => new Promise<void>((resolve) => standIn.server.close(() => resolve())))

    beforeEach(async () => {
      market = await seedMarket(getContainer())
      await offerInRegion(getContainer(), market, ["pp_stripe_stripe"])
      // Test-only plumbing: the registered provider keeps its code, only its HTTP client
      // talks to the stand-in instead of api.stripe.com.
      const payment = getContainer().resolve(Modules.PAYMENT) as any
      const provider = payment.paymentProviderService_.retrieveProvider("pp_stripe_stripe")
      provider.stripe_ = new Stripe("sk_test_cln_not_a_real_key", { host: "127.0.0.1", port: standIn.port, protocol: "http" })
    })

    const postWebhook = (payload: string, signature?: string) =>
      api
        .post("/hooks/payment/stripe_stripe", payload, {
          headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
          transformRequest: [(data: string) => data],
        })
        .catch((e: any) => e.response)

    it("is offered when STRIPE_API_KEY is set", async () => {
      const { data } = await buyer(api, market).get(`/store/payment-providers-available?region_id=${market.regionId}`)
      expect(data.payment_providers).toEqual([{ id: "pp_system_default" }, { id: "pp_stripe_stripe" }])
    })

    it("refuses a webhook with a bad or missing signature with 400, and a good one updates the payment to captured", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }])
      const placed = await store.post(`/store/carts/${cartId}/place-order`, { payment_provider: "pp_stripe_stripe" })
      expect(placed.status).toBe(200)
      const [session] = placed.data.payment.sessions
      expect(session.provider_id).toBe("pp_stripe_stripe")
      expect(session.client_secret).toMatch(/^pi_test_\d+_secret_test$/)
      const orderId = placed.data.purchase.orders[0].id
      const intentId = session.client_secret.replace(/_secret_test$/, "")
      const intent = standIn.intents.get(intentId)!
      // VND is zero-decimal for Stripe: the intent's amount is the order total in đồng.
      expect(intent.amount).toBe(placed.data.purchase.total)

      // The buyer pays; Stripe's intent succeeds and Stripe sends the event.
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
      const payload = JSON.stringify({ id: "evt_test_1", object: "event", type: "payment_intent.succeeded", data: { object: intent } })

      const forged = await postWebhook(payload, stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_someone_else" }))
      expect(forged.status).toBe(400)
      expect(forged.data.message).toMatch(/Invalid Stripe webhook signature/)
      expect((await postWebhook(payload)).status).toBe(400)
      const altered = await postWebhook(
        payload.replace(`"amount_received":${intent.amount}`, `"amount_received":1`),
        stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET })
      )
      expect(altered.status).toBe(400)
      expect((await paymentsOf(getContainer(), [orderId])).captures).toBe(0)

      const genuine = await postWebhook(payload, stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }))
      expect(genuine.status).toBe(200)
      // Medusa processes webhook events after a 5 s delay, to let the checkout finish first.
      // Capture, then the collection's status, land in separate steps: wait for both (CI machines are slow).
      const settled = (s: Awaited<ReturnType<typeof paymentsOf>>) => s.captures > 0 && s.orders[0].payment_collections[0].status === "completed"
      let state = await paymentsOf(getContainer(), [orderId])
      for (let i = 0; i < 150 && !settled(state); i++) {
        await new Promise((r) => setTimeout(r, 500))
        state = await paymentsOf(getContainer(), [orderId])
      }
      const collection = state.orders[0].payment_collections[0]
      expect(collection.payment_sessions[0].status).toBe("authorized")
      expect(collection.status).toBe("completed")
      expect(collection.payments[0].captured_at).toBeTruthy()
      expect(state.captures).toBe(1)
      const seen = await store.get(`/store/purchases/${placed.data.purchase.id}?access_token=${placed.data.access_token}`)
      expect(seen.data.purchase.orders[0].payment_status).toBe("captured")
    })
  },
})
