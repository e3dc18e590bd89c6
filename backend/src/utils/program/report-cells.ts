import { currencyDecimals, type BilingualText, type ReportCell, type ReportColumn, type ReportRow } from "@cln/domain"

export type ReportLocale = "vi" | "en"

const isBilingual = (v: ReportCell): v is BilingualText => typeof v === "object" && v !== null && "vi" in v

/** A cell as text in the report's language (the PDF draws text; the XLSX keeps numbers as numbers). */
export function cellText(value: ReportCell, column: ReportColumn, row: ReportRow, locale: ReportLocale): string {
  if (value === null || value === undefined) return ""
  if (isBilingual(value)) return value[locale]
  if (typeof value === "boolean") return value ? (locale === "vi" ? "Có" : "Yes") : locale === "vi" ? "Không" : "No"
  const number = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
    maximumFractionDigits: column.type === "percent" ? 1 : column.type === "money" ? currencyDecimals(String(row.currency_code ?? "vnd")) : 0,
  })
  if (typeof value === "number") return column.type === "percent" ? `${number.format(value)}%` : number.format(value)
  if (column.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split("-")
    return locale === "vi" ? `${d}/${m}/${y}` : value
  }
  return value
}

export function localized(value: ReportCell, locale: ReportLocale): ReportCell {
  return isBilingual(value) ? value[locale] : value
}
