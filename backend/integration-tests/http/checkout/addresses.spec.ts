import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADDRESS, buyer, registerCustomer, seedMarket, US_ADDRESS, type Market } from "./fixtures"

// Medusa's default cart fields leave address metadata out; the storefront asks for it.
const WITH_CODES = "?fields=%2Bshipping_address.*,%2Bbilling_address.*"

// Fields of a stored address that a comparison of "what the buyer sees" should not depend on.
const shown = (address: any) =>
  address && {
    first_name: address.first_name,
    phone: address.phone,
    address_1: address.address_1,
    city: address.city,
    province: address.province,
    country_code: address.country_code,
    metadata: address.metadata,
  }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await seedMarket(getContainer())
    })

    describe("a cart's Vietnamese address", () => {
      it("refuses a wrong address with a 400 naming each field, and keeps the cart's address", async () => {
        const store = buyer(api, market)
        const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }], { shipping: false })
        const before = shown((await store.get(`/store/carts/${cartId}${WITH_CODES}`)).data.cart.shipping_address)
        expect(before.metadata).toEqual(ADDRESS.metadata)

        const res = await store.post(`/store/carts/${cartId}`, {
          shipping_address: {
            ...ADDRESS,
            first_name: "",
            phone: "12345",
            // Hà Nội's Ba Đình ward is not in Tuyên Quang.
            metadata: { province_code: "08", commune_code: "00004" },
          },
        })
        expect(res.status).toBe(400)
        expect(res.data.type).toBe("invalid_data")
        expect(res.data.problems).toEqual({ full_name: "required", phone: "invalid_phone", commune_code: "unknown_commune" })
        expect(res.data.message).toMatch(/first_name/)
        expect(res.data.message).toMatch(/phone/)
        expect(res.data.message).toMatch(/metadata\.commune_code/)

        expect(shown((await store.get(`/store/carts/${cartId}${WITH_CODES}`)).data.cart.shipping_address)).toEqual(before)
      })

      it("names missing codes and an unknown province", async () => {
        const store = buyer(api, market)
        const cartId = await store.cart([], { address: false, shipping: false })
        const { metadata: _m, ...noCodes } = ADDRESS
        const missing = await store.post(`/store/carts/${cartId}`, { shipping_address: noCodes })
        expect(missing.status).toBe(400)
        expect(missing.data.problems).toEqual({ province_code: "required", commune_code: "required" })

        const unknown = await store.post(`/store/carts/${cartId}`, {
          billing_address: { ...ADDRESS, metadata: { province_code: "99", commune_code: "02215" } },
        })
        expect(unknown.status).toBe(400)
        expect(unknown.data.address).toBe("billing_address")
        expect(unknown.data.problems).toEqual({ province_code: "unknown_province" })
        expect(unknown.data.message).toMatch(/billing address/)
      })

      it("stores the official commune and province names of the codes, whatever names were sent", async () => {
        const store = buyer(api, market)
        const cartId = await store.cart([], { address: false, shipping: false })
        const res = await store.post(`/store/carts/${cartId}${WITH_CODES}`, {
          shipping_address: { ...ADDRESS, city: "Hà Nội", province: "Hà Nội" },
          billing_address: { ...ADDRESS, city: "", province: "" },
        })
        expect(res.status).toBe(200)
        for (const address of [res.data.cart.shipping_address, res.data.cart.billing_address]) {
          expect(address.city).toBe("Phường Minh Xuân")
          expect(address.province).toBe("Tỉnh Tuyên Quang")
          expect(address.metadata).toEqual({ province_code: "08", commune_code: "02215" })
        }
      })

      it("checks the address given when a cart is created, and creates no cart when it is wrong", async () => {
        const store = buyer(api, market)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const count = async () => (await query.graph({ entity: "cart", fields: ["id"] })).data.length
        const before = await count()
        const bad = await store.post("/store/carts", {
          region_id: market.regionId,
          shipping_address: { ...ADDRESS, address_1: " " },
        })
        expect(bad.status).toBe(400)
        expect(bad.data.problems).toEqual({ street: "required" })
        expect(await count()).toBe(before)

        const good = await store.post("/store/carts", { region_id: market.regionId, shipping_address: { ...ADDRESS, city: "x" } })
        expect(good.status).toBe(200)
        expect(good.data.cart.shipping_address.city).toBe("Phường Minh Xuân")
      })

      it("leaves addresses abroad free-form", async () => {
        const store = buyer(api, market)
        const cartId = await store.cart([], { address: US_ADDRESS, region_id: market.internationalRegionId, shipping: false })
        const cart = (await store.get(`/store/carts/${cartId}`)).data.cart
        expect(cart.shipping_address).toMatchObject({ city: "Springfield", province: "IL", country_code: "us" })
      })
    })

    describe("a customer's address book", () => {
      it("refuses a wrong Vietnamese address, stores a right one with the official names, and checks updates as they would end", async () => {
        const token = await registerCustomer(api, market, "lan@example.vn")
        const lan = buyer(api, market, token)
        const list = async () => (await lan.get("/store/customers/me/addresses")).data.addresses.map(shown)

        const bad = await lan.post("/store/customers/me/addresses", { ...ADDRESS, metadata: { province_code: "08" } })
        expect(bad.status).toBe(400)
        expect(bad.data.problems).toEqual({ commune_code: "required" })
        expect(await list()).toEqual([])

        const good = await lan.post("/store/customers/me/addresses", { ...ADDRESS, city: "Minh Xuân", province: "TQ" })
        expect(good.status).toBe(200)
        const saved = good.data.customer.addresses[0]
        expect(saved.city).toBe("Phường Minh Xuân")
        expect(saved.province).toBe("Tỉnh Tuyên Quang")
        const before = await list()

        // Only the commune changes, to Hà Nội's Ba Đình: not in province 08.
        const moved = await lan.post(`/store/customers/me/addresses/${saved.id}`, {
          metadata: { province_code: "08", commune_code: "00004" },
        })
        expect(moved.status).toBe(400)
        expect(moved.data.problems).toEqual({ commune_code: "unknown_commune" })
        const badPhone = await lan.post(`/store/customers/me/addresses/${saved.id}`, { phone: "abc" })
        expect(badPhone.status).toBe(400)
        expect(badPhone.data.problems).toEqual({ phone: "invalid_phone" })
        expect(await list()).toEqual(before)

        // Moving to Hồng Thái (same province) is right, and the commune name follows the code.
        const ok = await lan.post(`/store/customers/me/addresses/${saved.id}`, {
          metadata: { province_code: "08", commune_code: "02260" },
        })
        expect(ok.status).toBe(200)
        const [after] = await list()
        expect(after.city).toBe("Xã Hồng Thái")
        expect(after.province).toBe("Tỉnh Tuyên Quang")
        expect(after.phone).toBe(ADDRESS.phone)
      })
    })
  },
})
