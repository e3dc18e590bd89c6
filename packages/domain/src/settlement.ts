/**
 * What the platform owes a producer for a period: gross sales, refunds, the platform's
 * commission on what was kept, and the net amount due. Amounts are in major units;
 * commission is rounded to the currency's smallest unit (whole đồng, cents).
 */
import { currencyDecimals } from "./money"

export type SettlementOrder = { id: string; currency_code: string; total: number; refunded: number }

export type Settlement = {
  currency_code: string
  orders: number
  gross: number
  refunds: number
  commission_percent: number
  commission: number
  net: number
}

function roundTo(amount: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(amount * f) / f
}

/** One settlement per currency, in the order currencies first appear. */
export function computeSettlements(orders: SettlementOrder[], commissionPercent: number): Settlement[] {
  if (!(commissionPercent >= 0 && commissionPercent <= 100)) {
    throw new RangeError(`Commission must be between 0 and 100 percent, got ${commissionPercent}`)
  }
  const byCurrency = new Map<string, SettlementOrder[]>()
  for (const o of orders) {
    const code = o.currency_code.toLowerCase()
    byCurrency.set(code, [...(byCurrency.get(code) ?? []), o])
  }
  return [...byCurrency].map(([currency_code, list]) => {
    const decimals = currencyDecimals(currency_code)
    const gross = roundTo(list.reduce((s, o) => s + o.total, 0), decimals)
    const refunds = roundTo(list.reduce((s, o) => s + Math.min(o.refunded, o.total), 0), decimals)
    const commission = roundTo(((gross - refunds) * commissionPercent) / 100, decimals)
    return {
      currency_code,
      orders: list.length,
      gross,
      refunds,
      commission_percent: commissionPercent,
      commission,
      net: roundTo(gross - refunds - commission, decimals),
    }
  })
}

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; CRLF line ends. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  const field = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? "" : String(v)
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return rows.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n"
}
