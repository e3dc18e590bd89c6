import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IRbacModuleService } from "@medusajs/framework/types"
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { ensureTradeOfficerRole } from "../../../src/scripts/trade-officer-role"
import { TRADE_OFFICER_POLICY_KEYS, TRADE_OFFICER_ROLE } from "../../../src/workflows/officer-role/trade-officer"
import { attempt, officerHeaders } from "../../helpers/auth"
import { ocopBody, publishedProduct, uploadEvidence } from "../certificates/fixtures"
import { approvedProducer, setUpMarketplace } from "../producer/fixtures"
import { adminUser } from "./fixtures"

// This file's app runs with Medusa's roles on. Vitest runs each file in its own process,
// and medusa-config.ts reads the flag when the runner loads it (in beforeAll), so setting
// it here turns roles on for this file only. The runner's `env` option would come too
// late: it is applied after the config is loaded.
process.env.MEDUSA_FF_RBAC = "true"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let superAdmin: { headers: Record<string, string> }
    let officer: { headers: Record<string, string> }
    let officerId: string
    let roleId: string

    beforeEach(async () => {
      const container = getContainer()
      await setUpMarketplace(container)
      roleId = (await ensureTradeOfficerRole(container))!
      // The platform's administrator, as `medusa user` makes one when roles are on.
      superAdmin = await (await adminUser(api, container, "quantri@cholangnghe.vn", ["role_super_admin"])).signIn()
      // An officer gets the role from the administrator in the Admin (Settings → Users).
      const created = await adminUser(api, container, "canbo@sct.tuyenquang.gov.vn")
      officerId = created.id
      const assigned = await api.post(`/admin/users/${officerId}/roles`, { roles: [roleId] }, superAdmin)
      expect(assigned.data.roles.map((r: any) => r.name)).toEqual([TRADE_OFFICER_ROLE.name])
      officer = await created.signIn()
    })

    const rbac = () => getContainer().resolve<IRbacModuleService>(Modules.RBAC)
    const storeName = async () => (await getContainer().resolve(Modules.STORE).listStores({}, { select: ["name"] }))[0]!.name
    const secretKeys = async () => (await getContainer().resolve(Modules.API_KEY).listApiKeys({ type: "secret" })).length

    it("creates the role once, with read-only Medusa policies, however often the seed runs", async () => {
      expect(await ensureTradeOfficerRole(getContainer())).toBe(roleId)
      const roles = await rbac().listRbacRoles({ name: TRADE_OFFICER_ROLE.name })
      expect(roles.map((r) => r.id)).toEqual([roleId])
      const held = await rbac().listRbacRolePolicies({ role_id: roleId }, { select: ["policy_id"] })
      const policies = await rbac().listRbacPolicies({ id: held.map((h) => h.policy_id) })
      expect(policies.map((p) => p.key).sort()).toEqual([...TRADE_OFFICER_POLICY_KEYS].sort())
      expect(policies.every((p) => p.operation === "read")).toBe(true)

      // A policy taken away by hand comes back on the next run; nothing is doubled.
      await rbac().deleteRbacRolePolicies(held[0]!.id)
      await ensureTradeOfficerRole(getContainer())
      expect(await rbac().listRbacRolePolicies({ role_id: roleId })).toHaveLength(TRADE_OFFICER_POLICY_KEYS.length)
    })

    it("lets an officer curate a catalog, verify an OCOP certificate and read products and the store", async () => {
      const catalog = await api.post("/admin/catalogs", { handle: "qua-tet-2027", title: "Quà Tết 2027", product_ids: [] }, officer)
      expect(catalog.status).toBe(201)
      const fair = await api.post(
        "/admin/fairs",
        { handle: "hoi-cho-ocop", name: "Hội chợ OCOP", starts_on: "2099-12-01", ends_on: "2099-12-03", place: "Quảng trường", province: "Tuyên Quang" },
        officer
      )
      expect(fair.status).toBe(201)

      // A producer applies, the officer approves them and verifies their OCOP certificate.
      const producer = await approvedProducer(api, officer, "htx-che-hong-thai", "hongthai@example.vn")
      expect((await api.get(`/admin/producers/${producer.id}`, officer)).data.producer.status).toBe("approved")
      const productId = await publishedProduct(api, producer.auth, "RBAC-1")
      const evidence = await uploadEvidence(api, producer.auth)
      const { data } = await api.post("/producer/certificates", ocopBody(productId, evidence), producer.auth)
      const verified = await api.post(`/admin/ocop/certificates/${data.certificate.id}/verify`, {}, officer)
      expect(verified.status).toBe(200)
      expect(verified.data.certificate.status).toBe("verified")

      // What the Admin reads for them: products (to pick for catalogs), the store, themselves.
      expect((await api.get("/admin/products?fields=id,title", officer)).data.products.map((p: any) => p.id)).toContain(productId)
      expect((await api.get("/admin/stores", officer)).status).toBe(200)
      expect((await api.get("/admin/users/me", officer)).data.user.id).toBe(officerId)
    })

    it("refuses an officer the platform's settings: store, API keys, regions, sales channels, users and roles", async () => {
      const [store] = (await api.get("/admin/stores", superAdmin)).data.stores
      const nameBefore = await storeName()
      const keysBefore = await secretKeys()

      const attempts = [
        api.post(`/admin/stores/${store.id}`, { name: "Cửa hàng khác" }, officer),
        api.post("/admin/api-keys", { title: "Khoá của cán bộ", type: "secret" }, officer),
        api.post("/admin/regions", { name: "Vùng mới", currency_code: "vnd" }, officer),
        api.post("/admin/sales-channels", { name: "Kênh mới" }, officer),
        api.post(`/admin/users/${officerId}`, { first_name: "Quản trị" }, officer),
        // Nor can the officer make themselves an administrator.
        api.post(`/admin/users/${officerId}/roles`, { roles: ["role_super_admin"] }, officer),
      ]
      for (const refused of await Promise.all(attempts.map((a) => attempt(a)))) {
        expect(refused.status, `${refused.config?.method} ${refused.config?.url}`).toBe(403)
      }
      expect(await storeName()).toBe(nameBefore)
      expect(await secretKeys()).toBe(keysBefore)
      const roles = (await api.get(`/admin/users/${officerId}/roles`, superAdmin)).data.roles
      expect(roles.map((r: any) => r.id)).toEqual([roleId])

      // The administrator still can.
      expect((await api.post(`/admin/stores/${store.id}`, { name: "Chợ Làng Nghề Tuyên Quang" }, superAdmin)).status).toBe(200)
      expect((await api.post("/admin/api-keys", { title: "Khoá tích hợp", type: "secret" }, superAdmin)).status).toBe(200)
    })

    it("refuses platform settings to an admin user with no role at all", async () => {
      const roleless = await officerHeaders(getContainer(), "khong-vai-tro@sct.tuyenquang.gov.vn")
      const [store] = (await api.get("/admin/stores", superAdmin)).data.stores
      expect((await attempt(api.post(`/admin/stores/${store.id}`, { name: "x" }, roleless))).status).toBe(403)
      expect(FeatureFlag.isFeatureEnabled("rbac")).toBe(true)
    })
  },
})
