export const PRODUCTS_PER_PAGE = 12

/** Upper bound for `?page=`, so a hand-typed URL cannot ask the API for an absurd offset. */
const MAX_PAGE = 10_000

/** The page number from a query value: a whole number from 1, anything else is page 1. */
export function parsePage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value || !/^\d{1,6}$/.test(value)) return 1
  const page = Number(value)
  return page >= 1 ? Math.min(page, MAX_PAGE) : 1
}

export function pageCount(count: number, perPage: number): number {
  return Math.max(1, Math.ceil(Math.max(0, count) / perPage))
}

export function pageOffset(page: number, perPage: number): number {
  return (Math.max(1, page) - 1) * perPage
}

/**
 * Page numbers to show: first, last, and `radius` pages around the current one, with
 * "gap" where pages are skipped. 1 … 4 5 6 … 10
 */
export function pageWindow(current: number, total: number, radius = 1): Array<number | "gap"> {
  const pages: Array<number | "gap"> = []
  for (let page = 1; page <= total; page++) {
    const near = Math.abs(page - current) <= radius
    if (page === 1 || page === total || near) {
      pages.push(page)
    } else if (pages[pages.length - 1] !== "gap") {
      pages.push("gap")
    }
  }
  return pages
}
