import {
  canIssue,
  isCalendarDate,
  isOcopScore,
  OCOP_ISSUING_LEVELS,
  OCOP_MIN_CERTIFIED_STARS,
  OCOP_PRODUCT_GROUP_KEYS,
  starsFromScore,
  toCalendarDate,
  type OcopIssuingLevel,
  type OcopProductGroup,
  type OcopStars,
} from "@cln/domain"
import { attributeBackendMessage } from "../util/form-errors"

/**
 * The panel's certificate form: what it holds, how it is read from a submitted form and
 * checked before it goes to POST /producer/certificates. The rules themselves (stars from
 * the score, who may issue which stars) are the domain package's; the backend has the
 * last word. Checks give error codes, translated by the server action.
 */

export type CertificateFormValues = {
  product_id: string
  product_group: string
  score: string
  decision_number: string
  decision_date: string
  issuing_level: string
  issuing_body: string
  evidence_url: string
}

export type CertificateBody = {
  product_id: string
  product_group: OcopProductGroup
  score: number
  decision_number: string
  decision_date: string
  issuing_level: OcopIssuingLevel
  issuing_body: string
  evidence_url: string
}

export type CertificateErrorCode =
  | "required"
  | "tooLong"
  | "invalidChoice"
  | "invalidScore"
  | "belowCertified"
  | "invalidDate"
  | "inFuture"
  | "levelMismatch"
  | "evidenceRequired"

export type CertificateFieldError = { code: CertificateErrorCode; max?: number }
export type CertificateFieldErrors = Partial<Record<keyof CertificateFormValues, CertificateFieldError>>

export const CERTIFICATE_FIELDS = [
  "product_id",
  "product_group",
  "score",
  "decision_number",
  "decision_date",
  "issuing_level",
  "issuing_body",
  "evidence_url",
] as const satisfies readonly (keyof CertificateFormValues)[]

const MAX_LENGTH = { decision_number: 60, issuing_body: 200 } as const

export function emptyCertificateForm(): CertificateFormValues {
  return { product_id: "", product_group: "", score: "", decision_number: "", decision_date: "", issuing_level: "", issuing_body: "", evidence_url: "" }
}

export function readCertificateForm(formData: FormData): CertificateFormValues {
  const values = emptyCertificateForm()
  for (const field of CERTIFICATE_FIELDS) {
    const value = formData.get(field)
    values[field] = typeof value === "string" ? value.trim() : ""
  }
  return values
}

/** A score as typed: "94,9" (Vietnamese decimal comma) or "94.9"; null when it is not a number from 0 to 100. */
export function parseScore(text: string): number | null {
  const normalised = text.trim().replace(",", ".")
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalised)) return null
  const score = Number(normalised)
  return isOcopScore(score) ? score : null
}

/** The stars a typed score earns (for the live preview), or null while it is not a valid score. */
export function starsForScoreText(text: string): OcopStars | null {
  const score = parseScore(text)
  return score === null ? null : starsFromScore(score)
}

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}

export function checkCertificateForm(
  values: CertificateFormValues,
  { productIds, today = toCalendarDate(new Date()) }: { productIds: readonly string[]; today?: string }
): { ok: true; body: CertificateBody } | { ok: false; errors: CertificateFieldErrors } {
  const errors: CertificateFieldErrors = {}

  if (!values.product_id) errors.product_id = { code: "required" }
  else if (!productIds.includes(values.product_id)) errors.product_id = { code: "invalidChoice" }

  if (!values.product_group) errors.product_group = { code: "required" }
  else if (!(OCOP_PRODUCT_GROUP_KEYS as readonly string[]).includes(values.product_group)) errors.product_group = { code: "invalidChoice" }

  const score = parseScore(values.score)
  const stars = score === null ? null : starsFromScore(score)
  if (!values.score) errors.score = { code: "required" }
  else if (score === null) errors.score = { code: "invalidScore" }
  else if (stars !== null && stars < OCOP_MIN_CERTIFIED_STARS) errors.score = { code: "belowCertified" }

  for (const field of ["decision_number", "issuing_body"] as const) {
    if (!values[field]) errors[field] = { code: "required" }
    else if (values[field].length > MAX_LENGTH[field]) errors[field] = { code: "tooLong", max: MAX_LENGTH[field] }
  }

  if (!values.decision_date) errors.decision_date = { code: "required" }
  else if (!isCalendarDate(values.decision_date)) errors.decision_date = { code: "invalidDate" }
  else if (values.decision_date > today) errors.decision_date = { code: "inFuture" }

  const level = values.issuing_level
  if (!level) errors.issuing_level = { code: "required" }
  else if (!(OCOP_ISSUING_LEVELS as readonly string[]).includes(level)) errors.issuing_level = { code: "invalidChoice" }
  else if (stars !== null && stars >= OCOP_MIN_CERTIFIED_STARS && !canIssue(level as OcopIssuingLevel, stars)) {
    errors.issuing_level = { code: "levelMismatch" }
  }

  if (!values.evidence_url || !isHttpUrl(values.evidence_url)) errors.evidence_url = { code: "evidenceRequired" }

  if (Object.keys(errors).length > 0 || score === null) return { ok: false, errors }
  return {
    ok: true,
    body: {
      product_id: values.product_id,
      product_group: values.product_group as OcopProductGroup,
      score,
      decision_number: values.decision_number,
      decision_date: values.decision_date,
      issuing_level: level as OcopIssuingLevel,
      issuing_body: values.issuing_body,
      evidence_url: values.evidence_url,
    },
  }
}

/**
 * Words that name each field in the backend's (bilingual) 400 messages, to show them
 * beside it; the first field whose words a message contains takes it, so the more
 * specific names come first ("nhóm sản phẩm" before any product).
 */
export const CERTIFICATE_MESSAGE_HINTS: Record<string, string[]> = {
  product_group: ["nhóm sản phẩm", "product group", "product_group"],
  product_id: ["product_id"],
  score: ["điểm", "score"],
  decision_number: ["số quyết định", "quyết định số", "decision number", "decision_number", "already submitted"],
  decision_date: ["ngày quyết định", "decision date", "decision_date", "tương lai", "future"],
  issuing_level: ["cấp công nhận", "cấp tỉnh", "trung ương", "issuing level", "issuing_level", "province", "central"],
  issuing_body: ["cơ quan cấp", "issuing body", "issuing_body"],
  evidence_url: ["bản chụp", "evidence"],
}

/**
 * Where to show a backend refusal: the schema's "Invalid request: A; B" is split per field
 * (the panel's usual way); one of the workflow's own (bilingual, sometimes with a ";"
 * inside) messages is kept whole, beside the first field it names, else above the form.
 */
export function attributeCertificateMessage(message: string): { fieldMessages: Record<string, string>; formMessage: string | null } {
  if (/^Invalid request:/i.test(message.trim())) return attributeBackendMessage(message, CERTIFICATE_MESSAGE_HINTS)
  const lower = message.toLowerCase()
  const field = Object.keys(CERTIFICATE_MESSAGE_HINTS).find((key) => CERTIFICATE_MESSAGE_HINTS[key]!.some((hint) => lower.includes(hint)))
  return field ? { fieldMessages: { [field]: message }, formMessage: null } : { fieldMessages: {}, formMessage: message }
}

export type EvidenceKind = "image/jpeg" | "image/png" | "image/webp" | "application/pdf"

/** PDFs start with "%PDF-". */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && [0x25, 0x50, 0x44, 0x46, 0x2d].every((byte, index) => bytes[index] === byte)
}

/** True when an evidence URL names a PDF (shown as a link rather than a picture). */
export function isPdfUrl(url: string): boolean {
  return /\.pdf($|[?#])/i.test(url)
}
