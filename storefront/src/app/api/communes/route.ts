import { NextResponse, type NextRequest } from "next/server"
import { communeOptions } from "@/lib/data/addresses"

/**
 * GET /api/communes?province=08: one province's communes for the address pickers, so
 * that the commune select can change with the province without shipping the whole list.
 */
export function GET(request: NextRequest) {
  const province = request.nextUrl.searchParams.get("province") ?? ""
  if (!/^\d{2}$/.test(province)) return NextResponse.json({ communes: [] }, { status: 400 })
  const communes = communeOptions(province)
  return NextResponse.json(
    { communes },
    { status: communes.length ? 200 : 404, headers: { "cache-control": "public, max-age=86400" } }
  )
}
