import { validateVillageImport } from "@cln/domain"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { readVillageSheet } from "../../../../utils/program/spreadsheet"
import { planVillageRecords, type StoredVillageFigures } from "../../../../workflows/program/utils/plan-village-records"
import { updateVillageRecordsWorkflow } from "../../../../workflows/program/workflows/update-village-records"
import type { AdminVillageImportQueryType } from "../validators"

const presentChange = (c: ReturnType<typeof planVillageRecords>["changes"][number]) => ({
  craft_village_id: c.craft_village_id,
  handle: c.handle,
  row: c.row,
  field: c.field,
  from: c.from,
  to: c.to,
})

/**
 * POST /admin/program/village-import[?dry_run=true] (multipart, field "file": .xlsx or
 * .csv): every row is checked first and any error refuses the whole file, listing each
 * problem by row and column letter; otherwise one workflow updates the villages and
 * writes the audit trail. A dry run answers what would change and writes nothing.
 */
export const POST = async (req: AuthenticatedMedusaRequest<unknown, AdminVillageImportQueryType>, res: MedusaResponse) => {
  const file = (req as unknown as { files?: { buffer: Buffer; originalname: string }[] }).files?.[0]
  if (!file) throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Chưa có tệp: gửi tệp .xlsx hoặc .csv trong trường "file" / No file: send an .xlsx or .csv file in the "file" field.')
  const { sheet, headerRowNumber } = await readVillageSheet(file)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: villages } = await query.graph({
    entity: "craft_village",
    fields: ["id", "handle", "households", "workers", "workers_trained", "households_env_compliant", "status"],
  })
  const checked = validateVillageImport(sheet, { knownHandles: villages.map((v: { handle: string }) => v.handle), headerRowNumber })
  if (!checked.ok) {
    res.status(400).json({
      type: MedusaError.Types.INVALID_DATA,
      message: `Tệp có ${checked.errors.length} lỗi, chưa nhập dòng nào / The file has ${checked.errors.length} error(s); nothing was imported.`,
      errors: checked.errors,
    })
    return
  }
  const updates = checked.rows.map(({ handle, row, ...figures }) => ({ handle, row, update: figures }))

  if (req.validatedQuery.dry_run === "true") {
    const plan = planVillageRecords(villages as StoredVillageFigures[], updates)
    res.json({ dry_run: true, rows: updates.length, updated: plan.updates.length, unchanged: plan.unchanged.length, changes: plan.changes.map(presentChange) })
    return
  }
  const import_id = generateEntityId(undefined, "vimp")
  const { result } = await updateVillageRecordsWorkflow(req.scope).run({
    input: { villages: updates, changed_by: req.auth_context.actor_id, source: "import", import_id },
  })
  res.json({ import_id, rows: updates.length, updated: result.updated, unchanged: result.unchanged, changes: result.changes.map(presentChange) })
}
