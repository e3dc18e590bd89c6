import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { ensureTradeOfficerRole } from "../../../src/scripts/trade-officer-role"
import { officerHeaders } from "../../helpers/auth"
import { setUpMarketplace } from "../producer/fixtures"

// The default: MEDUSA_FF_RBAC unset. The officer role is not created and every admin
// user may still do everything, as before roles existed (trade-officer.spec.ts has them on).
delete process.env.MEDUSA_FF_RBAC

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("creates no role and leaves every admin user free to change settings", async () => {
      const container = getContainer()
      await setUpMarketplace(container)
      expect(FeatureFlag.isFeatureEnabled("rbac")).toBe(false)
      expect(container.hasRegistration(Modules.RBAC)).toBe(false)
      expect(await ensureTradeOfficerRole(container)).toBeNull()

      const officer = await officerHeaders(container)
      expect((await api.post("/admin/catalogs", { handle: "qua-tet", title: "Quà Tết", product_ids: [] }, officer)).status).toBe(201)
      const [store] = (await api.get("/admin/stores", officer)).data.stores
      expect((await api.post(`/admin/stores/${store.id}`, { name: "Chợ Làng Nghề Tuyên Quang" }, officer)).status).toBe(200)
      expect((await api.post("/admin/api-keys", { title: "Khoá tích hợp", type: "secret" }, officer)).status).toBe(200)
    })
  },
})
