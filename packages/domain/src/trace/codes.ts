/**
 * Public trace codes: the opaque identifier printed on a label for a product without a GTIN,
 * a lot or a single unit. Random, never derived from a database id, and easy to read aloud
 * or type from a worn label.
 */

type WebCrypto = { getRandomValues<T extends Uint8Array>(array: T): T }

/**
 * Web Crypto's CSPRNG, present in Node ≥ 19 and every browser; no `node:crypto` import, so the
 * package still bundles for the storefront's browser code.
 */
function cryptoRandomBytes(n: number): Uint8Array {
  const webCrypto = (globalThis as { crypto?: WebCrypto }).crypto
  if (!webCrypto) throw new Error("No Web Crypto random source in this runtime")
  return webCrypto.getRandomValues(new Uint8Array(n))
}

/** 32 symbols: digits and capitals without 0/O and 1/I, which people confuse on printed labels. */
export const TRACE_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
/** 12 characters × 5 bits = 60 bits: unguessable for the life of a lot, still short on a label. */
export const TRACE_CODE_LENGTH = 12
export const TRACE_CODE_MIN_LENGTH = 10
export const TRACE_CODE_MAX_LENGTH = 20

const TRACE_CODE_PATTERN = /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10,20}$/

/**
 * A new random code. Each character takes the low 5 bits of one random byte; 256 is a
 * multiple of 32, so every character is equally likely (no modulo bias).
 */
export function generateTraceCode(
  length: number = TRACE_CODE_LENGTH,
  randomBytes: (n: number) => Uint8Array = cryptoRandomBytes
): string {
  if (!Number.isInteger(length) || length < TRACE_CODE_MIN_LENGTH || length > TRACE_CODE_MAX_LENGTH) {
    throw new RangeError(`Trace code length must be ${TRACE_CODE_MIN_LENGTH}..${TRACE_CODE_MAX_LENGTH}, got ${length}`)
  }
  const bytes = randomBytes(length)
  if (bytes.length < length) throw new RangeError(`randomBytes returned ${bytes.length} bytes, need ${length}`)
  let code = ""
  for (let i = 0; i < length; i++) code += TRACE_CODE_ALPHABET[bytes[i]! & 31]
  return code
}

/** Exactly a code as we issue them: alphabet characters only, 10..20 long, uppercase. */
export function isTraceCode(input: string): boolean {
  return typeof input === "string" && TRACE_CODE_PATTERN.test(input)
}

/**
 * A code as a person typed it ("abcd-efgh 2345") in its issued form, or null. Look-alikes are
 * not guessed back (an "O" is not read as a zero): a wrong guess would show another product.
 */
export function normalizeTraceCode(input: string): string | null {
  if (typeof input !== "string") return null
  const code = input.replace(/[\s\-\u2010-\u2015]/g, "").toUpperCase()
  return isTraceCode(code) ? code : null
}

/** The human-readable form printed under a QR code: groups of four, "ABCD-EFGH-JKLM". */
export function formatTraceCode(code: string, groupSize = 4): string {
  const groups: string[] = []
  for (let i = 0; i < code.length; i += groupSize) groups.push(code.slice(i, i + groupSize))
  return groups.join("-")
}
