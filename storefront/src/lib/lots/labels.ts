import { z } from "zod"
import { countText, fieldErrorsFrom, text, type Checked } from "./forms"

/**
 * Printing labels for a lot: one label as SVG or PNG (to try a printer or send to a print
 * shop), or an A4 sheet as PDF with one label per unit serial or N copies of the lot's
 * code. Big sheets are made in the background by the backend.
 */

/** Width × height in millimetres, as the backend names them. */
export const LABEL_SIZES = ["30x40", "50x30"] as const
export type LabelSize = (typeof LABEL_SIZES)[number]

export const LABEL_FORMATS = ["svg", "png", "pdf"] as const
export type LabelFormat = (typeof LABEL_FORMATS)[number]

/** What a PDF sheet prints: each unit serial once, or the lot's code N times. */
export const LABEL_CONTENTS = ["serials", "lot"] as const
export type LabelContents = (typeof LABEL_CONTENTS)[number]

/** Sheets with more labels than this are rendered by a background job (issue #4). */
export const DIRECT_LABEL_LIMIT = 1_000
export const MAX_LOT_LABELS = 10_000

export type LabelFormValues = { format: string; size: string; contents: string; count: string }

export function readLabelForm(formData: FormData): LabelFormValues {
  return {
    format: text(formData, "format") || "pdf",
    size: text(formData, "size") || "30x40",
    contents: text(formData, "contents") || "serials",
    count: text(formData, "count"),
  }
}

export const emptyLabelForm = (serialCount: number): LabelFormValues => ({
  format: "pdf",
  size: "30x40",
  contents: serialCount > 0 ? "serials" : "lot",
  count: "",
})

export type LabelRequest = { format: LabelFormat; size: LabelSize; contents: LabelContents; count: number }

export function checkLabelForm(values: LabelFormValues, serialCount: number): Checked<LabelRequest> {
  const schema = z
    .object({
      format: z.enum(LABEL_FORMATS, { error: "invalidChoice" }),
      size: z.enum(LABEL_SIZES, { error: "invalidChoice" }),
      contents: z.enum(LABEL_CONTENTS, { error: "invalidChoice" }),
      count: z.string(),
    })
    .transform((form, ctx): LabelRequest => {
      // A single SVG or PNG label always shows the lot's code.
      if (form.format !== "pdf") return { ...form, contents: "lot", count: 1 }
      if (form.contents === "serials") {
        if (serialCount < 1) {
          ctx.addIssue({ code: "custom", message: "noSerials", path: ["contents"] })
          return z.NEVER
        }
        return { ...form, count: serialCount }
      }
      const count = countText(1, MAX_LOT_LABELS).safeParse(form.count)
      if (!count.success) {
        const code = count.error.issues[0]?.message ?? "invalid"
        ctx.addIssue({ code: "custom", message: code, path: ["count"] })
        return z.NEVER
      }
      return { ...form, count: count.data }
    })
  const parsed = schema.safeParse(values)
  if (parsed.success) return { ok: true, body: parsed.data }
  const errors = fieldErrorsFrom(parsed.error)
  if (errors.count?.code === "countRange") errors.count = { code: "countRange", min: 1, max: MAX_LOT_LABELS }
  return { ok: false, errors }
}

/** Where the storefront serves a lot's label file (a route handler that adds the producer's token). */
export function labelFileHref(locale: string, lotId: string, request: Pick<LabelRequest, "format" | "size" | "contents" | "count">): string {
  const query = new URLSearchParams({ size: request.size })
  if (request.format === "pdf") {
    query.set("serials", request.contents === "serials" ? "true" : "false")
    query.set("count", String(request.count))
  }
  return `/${locale}/seller/lots/${encodeURIComponent(lotId)}/labels/${request.format}?${query}`
}

/** Small sheets download at once; big ones are a background job with progress. */
export function labelPlan(request: LabelRequest): "direct" | "job" {
  return request.format === "pdf" && request.count > DIRECT_LABEL_LIMIT ? "job" : "direct"
}

/** The body of POST /producer/trace/label-jobs. */
export function labelJobBody(lotId: string, request: LabelRequest) {
  const serials = request.contents === "serials"
  return { lot_id: lotId, size: request.size, include_serials: serials, ...(serials ? {} : { count: request.count }) }
}
