/**
 * The key a rate limit counts a client address under. IPv4 addresses (also written as
 * IPv4-mapped IPv6, "::ffff:203.0.113.9") count alone; an IPv6 address counts with its
 * whole /64, since one subscriber usually holds a /64 and could otherwise take a fresh
 * address for every request. Anything that is not an address counts as itself, trimmed.
 */
export function rateLimitAddressKey(address: string | null | undefined): string {
  const text = (address ?? "").trim().toLowerCase().replace(/^\[|\]$/g, "").replace(/%.*$/, "")
  if (!text) return "unknown"
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)
  if (mapped) return mapped[1]!
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(text)) return text
  const groups = expandIpv6(text)
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : text
}

/** The eight groups of an IPv6 address (without leading zeros), or null when it is not one. */
function expandIpv6(text: string): string[] | null {
  if (!/^[0-9a-f:.]+$/.test(text) || !text.includes(":")) return null
  let tail: string[] = []
  let body = text
  // An embedded IPv4 address ("64:ff9b::192.0.2.1") stands for the last two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(body)
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number]
    if ([a, b, c, d].some((n) => n > 255)) return null
    tail = [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)]
    body = body.slice(0, -v4[0].length)
    if (body.endsWith(":") && !body.endsWith("::")) body = body.slice(0, -1)
  }
  const halves = body.split("::")
  if (halves.length > 2) return null
  const part = (s: string | undefined) => (s ? s.split(":") : [])
  const head = part(halves[0])
  const rest = [...part(halves[1]), ...tail]
  const missing = 8 - head.length - rest.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const groups = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill("0"), ...rest]
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null
  return groups.map((g) => g.replace(/^0+(?=.)/, ""))
}
