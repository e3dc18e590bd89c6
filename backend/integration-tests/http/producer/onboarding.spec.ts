import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { createCraftVillagesWorkflow } from "../../../src/workflows/craft-village/workflows/create-craft-villages"
import { attempt, bearer, login, officerHeaders, registerIdentity } from "../../helpers/auth"

const application = (over: Record<string, unknown> = {}) => ({
  handle: "htx-det-lanh-lung-tam",
  name: "HTX Dệt lanh Lùng Tám",
  legal_kind: "cooperative",
  tax_code: "5100412345",
  phone: "+84 912 345 678",
  email: "lungtam@example.vn",
  address: "thôn Lùng Tám Cao, xã Lùng Tám, tỉnh Tuyên Quang",
  story: "Dệt vải lanh và vẽ sáp ong của người Mông.",
  craft_village_handle: "lang-det-lanh-lung-tam",
  member_name: "Vàng Thị Mai",
  ...over,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let officer: { headers: Record<string, string> }

    beforeEach(async () => {
      const container = getContainer()
      officer = await officerHeaders(container)
      await createCraftVillagesWorkflow(container).run({
        input: {
          villages: [
            {
              handle: "lang-det-lanh-lung-tam",
              name: "Làng dệt lanh Lùng Tám",
              commune: "xã Lùng Tám",
              province: "Tuyên Quang",
              crafts: ["hemp_linen"],
              recognition_kind: "lang_nghe_truyen_thong",
            },
          ],
        },
      })
    })

    const countProducers = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "producer", fields: ["id"] })
      return data.length
    }

    it("applies, waits for review, is approved by an officer and then signs in", async () => {
      const registration = await registerIdentity(api, "producer", "lungtam@example.vn")
      const applied = await attempt(api.post("/producer-applications", application(), bearer(registration)))
      expect(applied.status).toBe(201)
      expect(applied.data.producer).toMatchObject({ handle: "htx-det-lanh-lung-tam", status: "pending" })

      // Signed in but pending: the profile shows the status, selling routes are refused.
      const pendingToken = await login(api, "producer", "lungtam@example.vn")
      const me = await api.get("/producer/me", bearer(pendingToken))
      expect(me.data.producer.status).toBe("pending")
      expect(me.data.producer.phone).toBe("0912345678")
      expect(me.data.producer.craft_village.handle).toBe("lang-det-lanh-lung-tam")
      const refused = await attempt(api.get("/producer/products", bearer(pendingToken)))
      expect(refused.status).toBe(403)
      expect(String(refused.data.message)).toMatch(/chờ cán bộ duyệt|waiting/)

      const queue = await attempt(api.get("/admin/producers?status=pending", officer))
      expect(queue.data.producers.map((p: any) => p.handle)).toEqual(["htx-det-lanh-lung-tam"])

      const approved = await api.post(`/admin/producers/${applied.data.producer.id}/review`, { action: "approve" }, officer)
      expect(approved.data.producer.status).toBe("approved")

      // The applicant was notified through the notification module.
      const notifications = await getContainer()
        .resolve("notification")
        .listNotifications({ to: "lungtam@example.vn" })
      expect(notifications.map((n: any) => n.template)).toContain("producer-approve")

      const token = await login(api, "producer", "lungtam@example.vn")
      const after = await api.get("/producer/me", bearer(token))
      expect(after.data.producer.status).toBe("approved")

      // The producer keeps its own story and contact up to date, but not its commission.
      const edited = await api.post("/producer/me", { story: "Vải lanh nhuộm chàm.", phone: "0987 111 222" }, bearer(token))
      expect(edited.data.producer).toMatchObject({ story: "Vải lanh nhuộm chàm.", phone: "0987111222" })
      for (const bad of [{ commission_percent: 0 }, { status: "approved" }, { phone: "12" }]) {
        const res = await attempt(api.post("/producer/me", bad, bearer(token)))
        expect(res.status, JSON.stringify(bad)).toBe(400)
      }
      expect((await api.get("/producer/me", bearer(token))).data.producer).toMatchObject({ commission_percent: 0, phone: "0987111222" })
    })

    it("rejects with a reason the producer can read, and refuses a reject without one", async () => {
      const registration = await registerIdentity(api, "producer", "lungtam@example.vn")
      const { data } = await api.post("/producer-applications", application(), bearer(registration))
      const noReason = await attempt(api.post(`/admin/producers/${data.producer.id}/review`, { action: "reject" }, officer))
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/reason/)
      await api.post(`/admin/producers/${data.producer.id}/review`, { action: "reject", reason: "Thiếu giấy đăng ký hợp tác xã" }, officer)
      const token = await login(api, "producer", "lungtam@example.vn")
      const me = await api.get("/producer/me", bearer(token))
      expect(me.data.producer).toMatchObject({ status: "rejected", status_reason: "Thiếu giấy đăng ký hợp tác xã" })
    })

    it("answers bad applications with a clear 400 and writes nothing", async () => {
      const registration = await registerIdentity(api, "producer", "lungtam@example.vn")
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ tax_code: "12345" }, /tax code/i],
        [{ phone: "12345" }, /phone/i],
        [{ handle: "Tên Có Dấu" }, /lowercase/i],
        [{ legal_kind: "cooperative", tax_code: null }, /tax code/i],
        [{ email: "not-an-email" }, /email/i],
        [{ craft_village_handle: "khong-co" }, /Unknown craft village/],
        [{ unexpected: "field" }, /unexpected|unrecognized/i],
      ]
      for (const [override, message] of cases) {
        const res = await attempt(api.post("/producer-applications", application(override), bearer(registration)))
        expect(res.status, JSON.stringify(override)).toBe(400)
        expect(String(res.data.message), JSON.stringify(override)).toMatch(message)
      }
      expect(await countProducers()).toBe(0)
    })

    it("refuses a second application with a taken handle or email, writing nothing", async () => {
      const first = await registerIdentity(api, "producer", "lungtam@example.vn")
      await api.post("/producer-applications", application(), bearer(first))
      const second = await registerIdentity(api, "producer", "khac@example.vn")
      const taken = await attempt(api.post("/producer-applications", application({ email: "khac@example.vn" }), bearer(second)))
      expect(taken.status).toBe(400)
      expect(taken.data.message).toMatch(/already taken/)
      const again = await attempt(api.post("/producer-applications", application({ handle: "htx-khac" }), bearer(first)))
      expect(again.status).toBe(400)
      expect(await countProducers()).toBe(1)
    })

    it("takes a suspended producer's products off the storefront and brings them back on reinstatement", async () => {
      const container = getContainer()
      const { result: [channel] } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Chợ Làng Nghề" }] } })
      const { result: [key] } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "storefront", type: "publishable", created_by: "test" }] },
      })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key!.id, add: [channel!.id] } })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [store] } = await query.graph({ entity: "store", fields: ["id"] })
      await updateStoresWorkflow(container).run({ input: { selector: { id: store!.id }, update: { default_sales_channel_id: channel!.id } } })

      const registration = await registerIdentity(api, "producer", "lungtam@example.vn")
      const { data } = await api.post("/producer-applications", application(), bearer(registration))
      await api.post(`/admin/producers/${data.producer.id}/review`, { action: "approve" }, officer)
      await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Khăn vải lanh vẽ sáp ong",
              handle: "khan-vai-lanh",
              status: ProductStatus.PUBLISHED,
              sales_channels: [{ id: channel!.id }],
              options: [{ title: "Cỡ", values: ["60 × 180 cm"] }],
              variants: [{ title: "60 × 180 cm", manage_inventory: false, options: { "Cỡ": "60 × 180 cm" }, prices: [{ currency_code: "vnd", amount: 450000 }] }],
            },
          ],
          additional_data: { producer_id: data.producer.id },
        },
      })
      const storeHandles = async () =>
        (await api.get("/store/products?fields=handle", { headers: { "x-publishable-api-key": key!.token } })).data.products.map((p: any) => p.handle)
      expect(await storeHandles()).toEqual(["khan-vai-lanh"])

      const noReason = await attempt(api.post(`/admin/producers/${data.producer.id}/review`, { action: "suspend" }, officer))
      expect(noReason.status).toBe(400)
      expect(await storeHandles()).toEqual(["khan-vai-lanh"])

      await api.post(`/admin/producers/${data.producer.id}/review`, { action: "suspend", reason: "Hàng bị phản ánh sai nguồn gốc" }, officer)
      expect(await storeHandles()).toEqual([])
      const token = await login(api, "producer", "lungtam@example.vn")
      const blocked = await attempt(api.get("/producer/products", bearer(token)))
      expect(blocked.status).toBe(403)
      expect(blocked.data.message).toMatch(/suspended/)

      await api.post(`/admin/producers/${data.producer.id}/review`, { action: "reinstate" }, officer)
      expect(await storeHandles()).toEqual(["khan-vai-lanh"])
    })

    it("keeps actors apart: no token, customer tokens and producer tokens on the wrong API are refused", async () => {
      expect((await attempt(api.get("/producer/me"))).status).toBe(401)
      const customer = await registerIdentity(api, "customer", "buyer@example.vn")
      expect((await attempt(api.get("/producer/me", bearer(customer)))).status).toBe(401)
      const registration = await registerIdentity(api, "producer", "lungtam@example.vn")
      const { data } = await api.post("/producer-applications", application(), bearer(registration))
      await api.post(`/admin/producers/${data.producer.id}/review`, { action: "approve" }, officer)
      const token = await login(api, "producer", "lungtam@example.vn")
      expect((await attempt(api.get("/admin/producers", bearer(token)))).status).toBe(401)
      expect((await attempt(api.post(`/admin/producers/${data.producer.id}/review`, { action: "suspend", reason: "x" }, bearer(token)))).status).toBe(401)
    })
  },
})
