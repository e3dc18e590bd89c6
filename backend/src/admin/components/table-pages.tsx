import { Table } from "@medusajs/ui"

/** Medusa UI's table pagination for a list fetched one page at a time (pages from 0). */
export function TablePages({
  count,
  pageSize,
  page,
  onPage,
}: {
  count: number
  pageSize: number
  page: number
  onPage: (page: number) => void
}) {
  const pages = pageCount(count, pageSize)
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={pages}
      canPreviousPage={page > 0}
      canNextPage={page + 1 < pages}
      previousPage={() => onPage(Math.max(0, page - 1))}
      nextPage={() => onPage(Math.min(pages - 1, page + 1))}
    />
  )
}

/** At least one page, so an empty list still reads "page 1 of 1". */
export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize))
}
