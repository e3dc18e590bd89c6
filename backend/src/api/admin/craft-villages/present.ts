import { VILLAGE_FIGURE_FIELDS } from "@cln/domain"

export const adminVillageRecordChangeFields = ["id", "craft_village_id", "field", "from_value", "to_value", "changed_by", "changed_at", "source", "import_id"]

const COUNT_FIELDS = new Set<string>(VILLAGE_FIGURE_FIELDS.filter((f) => f !== "status"))

/** An audit row as officers read it: `from`/`to` typed again (counts as numbers, a status as its key). */
export function presentVillageRecordChange(c: Record<string, any>) {
  const value = (v: string | null) => (v !== null && COUNT_FIELDS.has(c.field) ? Number(v) : v)
  return {
    id: c.id,
    craft_village_id: c.craft_village_id,
    field: c.field,
    from: value(c.from_value),
    to: value(c.to_value),
    changed_by: c.changed_by,
    changed_at: c.changed_at,
    source: c.source,
    import_id: c.import_id,
  }
}
