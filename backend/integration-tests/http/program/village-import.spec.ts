import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import ExcelJS from "exceljs"
import { attempt, officerHeaders } from "../../helpers/auth"
import { updateVillageRecordsWorkflow } from "../../../src/workflows/program/workflows/update-village-records"
import { seedVillages, VILLAGES } from "./fixtures"

const HEADER = ["Mã làng", "Tên làng nghề", "Số hộ", "Số lao động", "Số lao động được đào tạo", "Số hộ đạt quy định môi trường", "Tình trạng hoạt động"]
const [HONG_THAI, PHIN_HO, THUONG_LAM] = VILLAGES.slice(0, 3)

/** An .xlsx built the way an officer's sheet is: a title row, the header, then the villages. */
async function xlsx(rows: (string | number | null)[][], header = HEADER, title = true): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Số liệu 2026")
  if (title) sheet.addRow(["Số liệu làng nghề năm 2026 – xã Hồng Thái"])
  sheet.addRow(header)
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

function form(bytes: Buffer, name: string, type: string, field = "file") {
  const data = new FormData()
  data.append(field, new Blob([new Uint8Array(bytes)], { type }), name)
  return data
}
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let officer: { headers: Record<string, string> }
    let ids: Record<string, string>
    const figures = async (handle: string) => {
      const res = await api.get(`/admin/craft-villages/${ids[handle]}`, officer)
      const v = res.data.craft_village
      return { households: v.households, workers: v.workers, workers_trained: v.workers_trained, households_env_compliant: v.households_env_compliant, status: v.status }
    }
    const changesOf = async (handle: string) => (await api.get(`/admin/craft-villages/${ids[handle]}/changes`, officer)).data.changes
    const importFile = (data: FormData, query = "") => attempt(api.post(`/admin/program/village-import${query}`, data, officer))

    beforeEach(async () => {
      officer = await officerHeaders(getContainer())
      ids = await seedVillages(getContainer(), VILLAGES.slice(0, 3))
    })

    it("refuses a file with one bad row whole, naming the row and the column, and writes nothing", async () => {
      const before = await Promise.all([HONG_THAI, PHIN_HO, THUONG_LAM].map((v) => figures(v!.handle)))
      const file = await xlsx([
        [HONG_THAI!.handle, HONG_THAI!.name, 55, 130, 110, 50, "Hoạt động hiệu quả"],
        [PHIN_HO!.handle, PHIN_HO!.name, 41, "chín mươi", 90, 40, "effective"],
        [THUONG_LAM!.handle, THUONG_LAM!.name, 61, 150, 90, 55, "Đang gặp khó khăn"],
      ])
      const res = await importFile(form(file, "so-lieu.xlsx", XLSX_TYPE))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/nothing was imported/)
      // Title in row 1, header in row 2: Phìn Hồ is row 4; "Số lao động" is column D.
      expect(res.data.errors).toEqual([
        expect.objectContaining({ row: 4, column: { letter: "D", header: "Số lao động" }, field: "workers", code: "not_a_number" }),
      ])
      expect(res.data.errors[0].message_vi).toContain("D4")
      const after = await Promise.all([HONG_THAI, PHIN_HO, THUONG_LAM].map((v) => figures(v!.handle)))
      expect(after).toEqual(before)
      expect(await changesOf(HONG_THAI!.handle)).toEqual([])
    })

    it("refuses wrong columns and wrong types with errors an officer can act on", async () => {
      const wrongColumns = await xlsx([[HONG_THAI!.handle, 50, 120, "x"]], ["Mã làng", "Dân số", "Số lao động", "Tình trạng"], false)
      const res = await importFile(form(wrongColumns, "sai-cot.xlsx", XLSX_TYPE))
      expect(res.status).toBe(400)
      const codes = res.data.errors.map((e: any) => [e.code, e.column?.letter ?? e.field])
      expect(codes).toEqual(
        expect.arrayContaining([
          ["unknown_column", "B"],
          ["missing_column", "households"],
          ["missing_column", "workers_trained"],
          ["missing_column", "households_env_compliant"],
          ["invalid_status", "D"],
        ])
      )

      const wrongTypes = await xlsx(
        [
          [HONG_THAI!.handle, null, -5, 120.5, 130, 10, "đang ngủ đông"],
          ["lang-khong-co", null, 10, 10, 20, 5, "effective"],
        ],
        HEADER,
        false
      )
      const typed = await importFile(form(wrongTypes, "sai-kieu.xlsx", XLSX_TYPE))
      expect(typed.status).toBe(400)
      expect(typed.data.errors.map((e: any) => [e.row, e.column?.letter, e.code])).toEqual([
        [2, "C", "negative_number"],
        [2, "D", "not_whole_number"],
        [2, "G", "invalid_status"],
        [3, "A", "unknown_village"],
        [3, "E", "workers_trained_exceeds_workers"],
      ])

      for (const [bytes, name, type, message] of [
        [Buffer.from("%PDF-1.4 not a sheet\u0000"), "bao-cao.pdf", "application/pdf", /only .xlsx or .csv/],
        [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "cu.xls", "application/vnd.ms-excel", /old .xls format/],
        [Buffer.from("PK\u0003\u0004broken"), "hong.xlsx", XLSX_TYPE, /damaged/],
      ] as const) {
        const bad = await importFile(form(bytes, name, type))
        expect(bad.status, name).toBe(400)
        expect(bad.data.message, name).toMatch(message)
      }
      const noFile = await importFile(form(Buffer.from("x"), "a.csv", "text/csv", "tep"))
      expect(noFile.status).toBe(400)
      expect(noFile.data.message).toMatch(/"file" field/)
      const tooBig = await importFile(form(Buffer.alloc(2 * 1024 * 1024 + 1, 65), "lon.csv", "text/csv"))
      expect(tooBig.status).toBe(400)
      expect(tooBig.data.message).toMatch(/at most 2 MB/)
    })

    it("imports a good file: updates the villages, skips unchanged ones and writes one audit row per changed figure", async () => {
      const file = await xlsx([
        [HONG_THAI!.handle, HONG_THAI!.name, 55, 130, 110, HONG_THAI!.households_env_compliant, "Hoạt động hiệu quả"],
        [PHIN_HO!.handle, PHIN_HO!.name, PHIN_HO!.households, PHIN_HO!.workers, PHIN_HO!.workers_trained, PHIN_HO!.households_env_compliant, "effective"],
        [THUONG_LAM!.handle, THUONG_LAM!.name, THUONG_LAM!.households, THUONG_LAM!.workers, THUONG_LAM!.workers_trained, THUONG_LAM!.households_env_compliant, "Đang gặp khó khăn"],
      ])
      const dry = await importFile(form(file, "so-lieu.xlsx", XLSX_TYPE), "?dry_run=true")
      expect(dry.status).toBe(200)
      expect(dry.data).toMatchObject({ dry_run: true, updated: 2, unchanged: 1 })
      expect(await changesOf(HONG_THAI!.handle)).toEqual([])

      const res = await importFile(form(file, "so-lieu.xlsx", XLSX_TYPE))
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ rows: 3, updated: 2, unchanged: 1 })
      expect(res.data.import_id).toMatch(/^vimp_/)
      const expectedChanges = [
        { handle: HONG_THAI!.handle, row: 3, field: "households", from: HONG_THAI!.households, to: 55 },
        { handle: HONG_THAI!.handle, row: 3, field: "workers", from: HONG_THAI!.workers, to: 130 },
        { handle: HONG_THAI!.handle, row: 3, field: "workers_trained", from: HONG_THAI!.workers_trained, to: 110 },
        { handle: THUONG_LAM!.handle, row: 5, field: "status", from: "effective", to: "struggling" },
      ]
      expect(res.data.changes.map(({ craft_village_id: _, ...c }: any) => c)).toEqual(expectedChanges)
      expect(dry.data.changes.map(({ craft_village_id: _, ...c }: any) => c)).toEqual(expectedChanges)

      expect(await figures(HONG_THAI!.handle)).toEqual({ households: 55, workers: 130, workers_trained: 110, households_env_compliant: HONG_THAI!.households_env_compliant, status: "effective" })
      expect((await figures(THUONG_LAM!.handle)).status).toBe("struggling")

      const trail = await changesOf(HONG_THAI!.handle)
      expect(trail.map((c: any) => [c.field, c.from, c.to])).toEqual(
        expect.arrayContaining([
          ["households", HONG_THAI!.households, 55],
          ["workers", HONG_THAI!.workers, 130],
          ["workers_trained", HONG_THAI!.workers_trained, 110],
        ])
      )
      expect(trail).toHaveLength(3)
      for (const c of trail) {
        expect(c).toMatchObject({ source: "import", import_id: res.data.import_id, changed_by_user: { email: "officer@tuyenquang.gov.vn" } })
        expect(c.changed_by).toMatch(/^user_/)
        expect(new Date(c.changed_at).getTime()).toBeGreaterThan(Date.now() - 120_000)
      }
      expect(await changesOf(PHIN_HO!.handle)).toEqual([])

      // Re-importing the same file changes nothing and adds nothing to the trail.
      const again = await importFile(form(file, "so-lieu.xlsx", XLSX_TYPE))
      expect(again.data).toMatchObject({ updated: 0, unchanged: 3, changes: [] })
      expect(await changesOf(HONG_THAI!.handle)).toHaveLength(3)

      // An officer's edit is in the same trail, newest first.
      await api.post(`/admin/craft-villages/${ids[HONG_THAI!.handle]}`, { workers_trained: 120, story: "Chè cổ thụ" }, officer)
      const afterEdit = await changesOf(HONG_THAI!.handle)
      expect(afterEdit).toHaveLength(4)
      expect(afterEdit[0]).toMatchObject({ field: "workers_trained", from: 110, to: 120, source: "edit", import_id: null })
      const onlyStatus = await api.get(`/admin/craft-villages/${ids[THUONG_LAM!.handle]}/changes?field=status`, officer)
      expect(onlyStatus.data.changes.map((c: any) => [c.from, c.to])).toEqual([["effective", "struggling"]])
    })

    it("reads a CSV as Excel saves it under a Vietnamese locale: BOM, semicolons, quotes, thousands separators", async () => {
      const csv =
        "\ufeffMã làng;Tên làng nghề;Số hộ;Số lao động;Số lao động được đào tạo;Số hộ đạt quy định môi trường;Tình trạng hoạt động\r\n" +
        `${PHIN_HO!.handle};"Làng chè ""Phìn Hồ""; Thông Nguyên";42;1.200;1.100;40;Hoạt động hiệu quả\r\n` +
        ";;;;;;\r\n"
      const res = await importFile(form(Buffer.from(csv, "utf8"), "so-lieu.csv", "text/csv"))
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ updated: 1, unchanged: 0 })
      expect(await figures(PHIN_HO!.handle)).toMatchObject({ households: 42, workers: 1200, workers_trained: 1100 })

      const bad = "Mã làng,Số hộ,Số lao động,Số lao động được đào tạo,Số hộ đạt quy định môi trường,Tình trạng hoạt động\n" + `${PHIN_HO!.handle},42,"1,5",1,1,effective\n`
      const refused = await importFile(form(Buffer.from(bad, "utf8"), "sai.csv", "text/csv"))
      expect(refused.status).toBe(400)
      expect(refused.data.errors).toEqual([expect.objectContaining({ row: 2, column: { letter: "C", header: "Số lao động" }, code: "not_whole_number" })])
    })

    it("hands out empty templates with the import's headers", async () => {
      const x = await api.get("/admin/program/village-import/template?format=xlsx", { ...officer, responseType: "arraybuffer" })
      expect(x.headers["content-disposition"]).toContain(".xlsx")
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(x.data)
      const sheet = workbook.worksheets[0]!
      expect((sheet.getRow(1).values as any[]).slice(1)).toEqual(["Mã làng", "Số hộ", "Số lao động", "Số lao động được đào tạo", "Số hộ đạt quy định môi trường", "Tình trạng hoạt động"])
      expect(sheet.actualRowCount).toBe(1)
      const c = await api.get("/admin/program/village-import/template?format=csv", { ...officer, responseType: "arraybuffer" })
      expect(c.headers["content-type"]).toContain("text/csv")
      // The byte order mark tells Excel the file is UTF-8.
      expect([...Buffer.from(c.data).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(Buffer.from(c.data).toString("utf8")).toBe("\ufeffMã làng,Số hộ,Số lao động,Số lao động được đào tạo,Số hộ đạt quy định môi trường,Tình trạng hoạt động\r\n")
      expect((await attempt(api.get("/admin/program/village-import/template?format=ods", officer))).status).toBe(400)
      // The empty template itself is refused as having no rows, with nothing written.
      const empty = await importFile(form(Buffer.from(x.data), "mau.xlsx", XLSX_TYPE))
      expect(empty.status).toBe(400)
      expect(empty.data.errors.map((e: any) => e.code)).toEqual(["no_rows"])
    })

    it("rolls the villages back when the audit trail cannot be written, so figures never change unrecorded", async () => {
      const before = await figures(HONG_THAI!.handle)
      // An audit row the table refuses (its source is checked) fails the step after the villages were written.
      const { errors } = await updateVillageRecordsWorkflow(getContainer()).run({
        input: { villages: [{ handle: HONG_THAI!.handle, update: { workers: 999, workers_trained: 1 } }], changed_by: null, source: "neither" as any },
        throwOnError: false,
      })
      expect(errors.length).toBeGreaterThan(0)
      expect(await figures(HONG_THAI!.handle)).toEqual(before)
      expect(await changesOf(HONG_THAI!.handle)).toEqual([])
    })

    it("is for officers only", async () => {
      const file = await xlsx([[HONG_THAI!.handle, null, 1, 1, 1, 1, "effective"]])
      expect((await attempt(api.post("/admin/program/village-import", form(file, "a.xlsx", XLSX_TYPE)))).status).toBe(401)
      expect((await attempt(api.get(`/admin/craft-villages/${ids[HONG_THAI!.handle]}/changes`))).status).toBe(401)
      expect(await figures(HONG_THAI!.handle)).toMatchObject({ households: HONG_THAI!.households })
    })
  },
})
