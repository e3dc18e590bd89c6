import { z } from "zod"
import { isTraceStep, stepUsesQuantities, type TraceStepKey } from "./steps"
import { fromVnDateInput, fromVnDateTimeInput } from "./vn-time"

/**
 * The lot panel's forms: what each one holds, how it is read from a submitted form,
 * checked with zod (as the backend will check it), and turned into the body of its
 * producer API call. Checks give error codes, translated by the server action
 * (`lots.errors`), so the rules are testable without messages.
 */

export type LotErrorCode =
  | "required"
  | "tooLong"
  | "invalidNumber"
  | "mustBePositive"
  | "tooLarge"
  | "notWhole"
  | "countRange"
  | "invalidChoice"
  | "invalidDate"
  | "invalidDateTime"
  | "expiresBeforeProduced"
  | "inFuture"
  | "invalidLotNumber"
  | "invalidPhoto"
  | "noSerials"
  | "tooMany"
  | "invalid"

export type LotFieldError = { code: LotErrorCode; min?: number; max?: number }
export type LotFieldErrors = Record<string, LotFieldError>

export type Checked<B> = { ok: true; body: B } | { ok: false; errors: LotFieldErrors }

const CODES: ReadonlySet<string> = new Set<LotErrorCode>([
  "required",
  "tooLong",
  "invalidNumber",
  "mustBePositive",
  "tooLarge",
  "notWhole",
  "countRange",
  "invalidChoice",
  "invalidDate",
  "invalidDateTime",
  "expiresBeforeProduced",
  "inFuture",
  "invalidLotNumber",
  "invalidPhoto",
  "noSerials",
  "tooMany",
  "invalid",
])

const LIMIT_CODES: ReadonlySet<LotErrorCode> = new Set<LotErrorCode>(["tooLong", "tooLarge", "countRange"])

/** Zod's issues as one error per field (the first), named by the field's path ("input.quantity"). */
export function fieldErrorsFrom(error: z.ZodError): LotFieldErrors {
  const errors: LotFieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form"
    if (errors[field]) continue
    const code = (CODES.has(issue.message) ? issue.message : "invalid") as LotErrorCode
    const entry: LotFieldError = { code }
    // Only messages that name a limit carry it.
    if (LIMIT_CODES.has(code) && "minimum" in issue && typeof issue.minimum === "number") entry.min = issue.minimum
    if (LIMIT_CODES.has(code) && "maximum" in issue && typeof issue.maximum === "number") entry.max = issue.maximum
    errors[field] = entry
  }
  return errors
}

function check<S extends z.ZodType>(schema: S, values: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(values)
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, errors: fieldErrorsFrom(parsed.error) }
}

// ——— Reading a form ————————————————————————————————————————————————————

/** A text field, trimmed; a file or nothing is "". */
export function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/**
 * A number as people type it in Vietnam or elsewhere: "12", "12,5", "12.5", "1.500"
 * (thousands), "1 500". Null when it is not a plain non-negative decimal.
 */
export function parseDecimal(input: string): number | null {
  let value = input.replace(/[\s\u00a0]/g, "")
  if (!/^\d[\d.,]*$/.test(value)) return null
  const commas = (value.match(/,/g) ?? []).length
  const dots = (value.match(/\./g) ?? []).length
  if (commas > 0 && dots > 0) {
    // The later separator is the decimal one: "1.234,5" or "1,234.5".
    const decimal = value.lastIndexOf(",") > value.lastIndexOf(".") ? "," : "."
    const thousands = decimal === "," ? "." : ","
    if ((value.match(new RegExp(`\\${decimal}`, "g")) ?? []).length > 1) return null
    value = value.split(thousands).join("").replace(decimal, ".")
  } else if (commas > 1 || dots > 1) {
    // "1.500.000" or "1,500,000": thousands only.
    if (!/^\d{1,3}([.,]\d{3})+$/.test(value)) return null
    value = value.replace(/[.,]/g, "")
  } else if (commas === 1 || dots === 1) {
    // One separator with exactly three digits after it is read as thousands ("1.500"),
    // as Vietnamese writes it; a quantity like 1.5 kg has fewer decimals.
    value = /^\d{1,3}[.,]\d{3}$/.test(value) ? value.replace(/[.,]/, "") : value.replace(",", ".")
  }
  if (!/^\d+(\.\d+)?$/.test(value)) return null
  const number = Number(value)
  return Number.isFinite(number) ? number : null
}

const MAX_QUANTITY = 1_000_000_000

/** A positive quantity typed as text → number. */
const quantityText = z
  .string()
  .trim()
  .min(1, "required")
  .transform((value, ctx) => {
    const number = parseDecimal(value)
    if (number === null) {
      ctx.addIssue({ code: "custom", message: "invalidNumber" })
      return z.NEVER
    }
    return number
  })
  .pipe(z.number().positive("mustBePositive").max(MAX_QUANTITY, "tooLarge"))

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .transform((value) => value || undefined)

/** Medusa ids: a prefix and a ULID. */
const ID = /^[A-Za-z0-9_]{1,64}$/
export const isPlausibleId = (id: string) => ID.test(id)

// ——— Units ——————————————————————————————————————————————————————————

/** Units a lot or a step's quantity is counted in (names in `lots.uom`). */
export const UNITS = ["pcs", "kg", "g", "l", "ml", "m", "box", "bottle", "bag"] as const
export type Unit = (typeof UNITS)[number]
const unit = z.enum(UNITS, { error: "invalidChoice" })

// ——— Create a lot ————————————————————————————————————————————————————

/**
 * Lot numbers (GS1 AI 10, up to 20 characters) kept to letters, digits and . _ - so that
 * labels stay readable, as the backend requires.
 */
const LOT_NUMBER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/

export type LotFormValues = {
  variant_id: string
  lot_number: string
  quantity: string
  uom: string
  produced_at: string
  expires_at: string
  zone_id: string
}

export function readLotForm(formData: FormData): LotFormValues {
  return {
    variant_id: text(formData, "variant_id"),
    lot_number: text(formData, "lot_number"),
    quantity: text(formData, "quantity"),
    uom: text(formData, "uom") || "pcs",
    produced_at: text(formData, "produced_at"),
    expires_at: text(formData, "expires_at"),
    zone_id: text(formData, "zone_id"),
  }
}

export const emptyLotForm = (zoneId = ""): LotFormValues => ({
  variant_id: "",
  lot_number: "",
  quantity: "",
  uom: "pcs",
  produced_at: "",
  expires_at: "",
  zone_id: zoneId,
})

/** A date input's value → the start of that day in Vietnam as ISO, or undefined when empty. */
const optionalDay = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) return undefined
    const date = fromVnDateInput(value)
    if (!date) {
      ctx.addIssue({ code: "custom", message: "invalidDate" })
      return z.NEVER
    }
    return date.toISOString()
  })

/** POST /producer/trace/lots */
export type CreateLotBody = {
  variant_id: string
  lot_number?: string
  quantity: number
  uom: Unit
  produced_at?: string
  expires_at?: string
  zone_id?: string
}

export function lotFormSchema(options: { variantIds: readonly string[]; zoneIds: readonly string[] }) {
  return z
    .object({
      variant_id: z
        .string()
        .min(1, "required")
        .refine((id) => options.variantIds.includes(id), "invalidChoice"),
      lot_number: z
        .string()
        .trim()
        .refine((value) => value === "" || LOT_NUMBER.test(value), "invalidLotNumber")
        .transform((value) => value || undefined),
      quantity: quantityText,
      uom: unit,
      produced_at: optionalDay,
      expires_at: optionalDay,
      zone_id: z
        .string()
        .refine((id) => id === "" || options.zoneIds.includes(id), "invalidChoice")
        .transform((id) => id || undefined),
    })
    .superRefine((lot, ctx) => {
      if (lot.produced_at && lot.expires_at && lot.expires_at < lot.produced_at) {
        ctx.addIssue({ code: "custom", message: "expiresBeforeProduced", path: ["expires_at"] })
      }
    })
    .transform((lot): CreateLotBody => withoutUndefined(lot))
}

export function checkLotForm(
  values: LotFormValues,
  options: { variantIds: readonly string[]; zoneIds: readonly string[] }
): Checked<CreateLotBody> {
  return check(lotFormSchema(options), values)
}

// ——— Raw-material zone ——————————————————————————————————————————————

const MAX_CERTIFICATIONS = 10

/** Certifications offered as tick boxes; others can be typed. */
export const CERTIFICATIONS = ["VietGAP", "GlobalGAP", "TCVN 11041", "PGS"] as const

export type ZoneFormValues = {
  name: string
  area_ha: string
  certifications: string[]
  other_certifications: string
  commune: string
  province: string
}

export function readZoneForm(formData: FormData): ZoneFormValues {
  return {
    name: text(formData, "name"),
    area_ha: text(formData, "area_ha"),
    certifications: formData
      .getAll("certifications")
      .filter((value): value is string => typeof value === "string")
      .map((value) => value.trim()),
    other_certifications: text(formData, "other_certifications"),
    commune: text(formData, "commune"),
    province: text(formData, "province"),
  }
}

export const emptyZoneForm = (): ZoneFormValues => ({
  name: "",
  area_ha: "",
  certifications: [],
  other_certifications: "",
  commune: "",
  province: "",
})

/** POST /producer/trace/zones */
export type CreateZoneBody = { name: string; area_ha?: number; certifications: string[]; commune?: string; province?: string }

export const zoneFormSchema = z
  .object({
    name: z.string().trim().min(1, "required").max(120, "tooLong"),
    area_ha: z
      .string()
      .trim()
      .transform((value, ctx) => {
        if (!value) return undefined
        const number = parseDecimal(value)
        if (number === null) {
          ctx.addIssue({ code: "custom", message: "invalidNumber" })
          return z.NEVER
        }
        return number
      })
      .pipe(z.number().positive("mustBePositive").max(100_000, "tooLarge").optional()),
    certifications: z.array(z.enum(CERTIFICATIONS, { error: "invalidChoice" })),
    other_certifications: z
      .string()
      .trim()
      .max(200, "tooLong")
      .transform((value) =>
        value
          .split(/[,;\n]/)
          .map((part) => part.trim())
          .filter(Boolean)
      )
      .pipe(z.array(z.string().max(40, "tooLong")).max(10, "tooMany")),
    commune: optionalText(120),
    province: optionalText(120),
  })
  .transform(({ certifications, other_certifications, ...zone }, ctx): CreateZoneBody => {
    const all = [...new Set([...certifications, ...other_certifications])]
    if (all.length > MAX_CERTIFICATIONS) {
      ctx.addIssue({ code: "custom", message: "tooMany", path: ["other_certifications"] })
      return z.NEVER
    }
    return withoutUndefined({ ...zone, certifications: all })
  })

export function checkZoneForm(values: ZoneFormValues): Checked<CreateZoneBody> {
  return check(zoneFormSchema, values)
}

// ——— Record a step ———————————————————————————————————————————————————

export type QuantityValues = { label: string; quantity: string; uom: string }

export type EventFormValues = {
  step: string
  event_time: string
  place_name: string
  note: string
  photo_url: string
  input: QuantityValues
  output: QuantityValues
}

export function readEventForm(formData: FormData): EventFormValues {
  const quantity = (prefix: string): QuantityValues => ({
    label: text(formData, `${prefix}.label`),
    quantity: text(formData, `${prefix}.quantity`),
    uom: text(formData, `${prefix}.uom`) || "kg",
  })
  return {
    step: text(formData, "step"),
    event_time: text(formData, "event_time"),
    place_name: text(formData, "place_name"),
    note: text(formData, "note"),
    photo_url: text(formData, "photo_url"),
    input: quantity("input"),
    output: quantity("output"),
  }
}

export const emptyEventForm = (step: TraceStepKey, now: string, place = ""): EventFormValues => ({
  step,
  event_time: now,
  place_name: place,
  note: "",
  photo_url: "",
  input: { label: "", quantity: "", uom: "kg" },
  output: { label: "", quantity: "", uom: "kg" },
})

/** POST /producer/trace/lots/:id/events */
export type RecordEventBody = {
  step: TraceStepKey
  event_time: string
  place_name?: string
  note?: string
  photo_url?: string
  inputs?: { label: string; quantity: number; uom: Unit }[]
  outputs?: { label: string; quantity: number; uom: Unit }[]
}

/** A moment may be a little ahead of the server's clock (a phone set a few minutes fast), not more; as the backend allows. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000

/** An optional quantity of a processing step: empty, or a label (defaulted) with a positive amount. */
const quantityGroup = (defaultLabel: string) =>
  z
    .object({ label: z.string().trim().max(80, "tooLong"), quantity: z.string().trim(), uom: z.string() })
    .transform((group, ctx) => {
      if (!group.quantity) return undefined
      const amount = quantityText.safeParse(group.quantity)
      const uom = unit.safeParse(group.uom)
      if (!amount.success) {
        for (const issue of amount.error.issues) ctx.addIssue({ ...issue, code: "custom", path: ["quantity"], message: issue.message })
      }
      if (!uom.success) ctx.addIssue({ code: "custom", message: "invalidChoice", path: ["uom"] })
      if (!amount.success || !uom.success) return z.NEVER
      return [{ label: group.label || defaultLabel, quantity: amount.data, uom: uom.data }]
    })

export function eventFormSchema(options: { now: Date; inputLabel: string; outputLabel: string }) {
  return z
    .object({
      step: z.string().refine(isTraceStep, "invalidChoice"),
      event_time: z
        .string()
        .trim()
        .min(1, "required")
        .transform((value, ctx) => {
          const date = fromVnDateTimeInput(value)
          if (!date) {
            ctx.addIssue({ code: "custom", message: "invalidDateTime" })
            return z.NEVER
          }
          if (date.getTime() > options.now.getTime() + FUTURE_TOLERANCE_MS) {
            ctx.addIssue({ code: "custom", message: "inFuture" })
            return z.NEVER
          }
          return date.toISOString()
        }),
      place_name: optionalText(120),
      note: optionalText(1000),
      photo_url: z
        .string()
        .trim()
        .refine((url) => url === "" || (/^https?:\/\/\S+$/.test(url) && url.length <= 500), "invalidPhoto")
        .transform((url) => url || undefined),
      input: quantityGroup(options.inputLabel),
      output: quantityGroup(options.outputLabel),
    })
    .transform(({ step, input, output, ...event }): RecordEventBody => {
      const key = step as TraceStepKey
      // Only processing steps carry quantities; another step's leftover fields are ignored.
      const quantities = stepUsesQuantities(key) ? { inputs: input, outputs: output } : {}
      return withoutUndefined({ step: key, ...event, ...quantities })
    })
}

export function checkEventForm(
  values: EventFormValues,
  options: { now: Date; inputLabel: string; outputLabel: string }
): Checked<RecordEventBody> {
  return check(eventFormSchema(options), values)
}

// ——— Unit serials ————————————————————————————————————————————————————

export const MAX_SERIALS_PER_REQUEST = 10_000

/** A whole number typed as text, within [min, max]. */
export const countText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, "required")
    .transform((value, ctx) => {
      if (/^\d+[.,]\d{1,2}$/.test(value)) {
        ctx.addIssue({ code: "custom", message: "notWhole" })
        return z.NEVER
      }
      // Thousands may be grouped: "10.000", "10 000".
      const compact = value.replace(/[\s.,\u00a0]/g, "")
      if (!/^\d{1,9}$/.test(compact)) {
        ctx.addIssue({ code: "custom", message: "invalidNumber" })
        return z.NEVER
      }
      return Number(compact)
    })
    .pipe(z.number().min(min, "countRange").max(max, "countRange"))

export const serialsFormSchema = z.object({ count: countText(1, MAX_SERIALS_PER_REQUEST) })

export function checkSerialsForm(values: { count: string }): Checked<{ count: number }> {
  const checked = check(serialsFormSchema, values)
  // The range message names both ends, whichever was crossed.
  if (!checked.ok && checked.errors.count?.code === "countRange") {
    checked.errors.count = { code: "countRange", min: 1, max: MAX_SERIALS_PER_REQUEST }
  }
  return checked
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
}
