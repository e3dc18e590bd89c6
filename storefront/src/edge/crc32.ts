/**
 * CRC-32 of a concatenation from the CRC-32s of its parts, as zlib's crc32_combine does it
 * (zlib 1.2.12+, crc32.c). A CRC-32 is the message as a polynomial over GF(2) times x^32,
 * modulo the CRC polynomial; appending len2 bytes multiplies the first part's remainder by
 * x^(8·len2), so combining is one multiplication modulo the polynomial. This lets a kept
 * page's pieces be checksummed once, when kept, rather than reread for every gzip answer.
 *
 * Polynomials are 32-bit words in reflected order, as in zlib: the top bit is x^0.
 */

// The CRC-32 polynomial (ISO-HDLC, as gzip and zlib use it), reflected.
const POLYNOMIAL = 0xedb88320
const X_TO_THE_0 = 0x80000000

/** a·b modulo the polynomial. */
function multiplyModP(a: number, b: number): number {
  let product = 0
  for (let bit = X_TO_THE_0; bit !== 0; bit >>>= 1) {
    if (a & bit) product ^= b
    b = b & 1 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1
  }
  return product >>> 0
}

// x^(2^k) modulo the polynomial, for k = 0…31: squaring steps through the powers of two.
const X_TO_THE_2_TO_THE: number[] = []
for (let k = 0, power = X_TO_THE_0 >>> 1; k < 32; k++, power = multiplyModP(power, power)) X_TO_THE_2_TO_THE.push(power)

/** x^(n·2^k) modulo the polynomial, from the binary digits of n. */
function xToTheNModP(n: number, k: number): number {
  let power = X_TO_THE_0
  // Halving by division, not >>, keeps lengths past 2^31 whole. k wraps at 32 as in zlib:
  // x^(2^32) = x modulo this polynomial.
  for (; n > 0; n = Math.floor(n / 2), k++) if (n % 2) power = multiplyModP(X_TO_THE_2_TO_THE[k & 31]!, power)
  return power
}

/** The CRC-32 of A followed by B, given crc1 = CRC-32(A), crc2 = CRC-32(B) and len2 = B's length in bytes. */
export function crc32Combine(crc1: number, crc2: number, len2: number): number {
  // 8·len2 bits: n = len2 with k = 3.
  return (multiplyModP(xToTheNModP(len2, 3), crc1 >>> 0) ^ (crc2 >>> 0)) >>> 0
}
