import { NextResponse, type NextRequest } from "next/server"
import { MEDUSA_BACKEND_URL } from "@/lib/config"
import { getProducerToken } from "@/lib/seller-session"

/**
 * GET /[locale]/seller/settlements?from=YYYY-MM-DD&to=YYYY-MM-DD: the signed-in producer's
 * settlement as a CSV download. The token stays in its httpOnly cookie: the browser asks
 * the storefront, which asks the backend with the token.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const token = await getProducerToken()
  if (!token) return NextResponse.redirect(new URL(`/${locale}/seller/login`, request.url))
  const query = new URLSearchParams({
    from: request.nextUrl.searchParams.get("from") ?? "",
    to: request.nextUrl.searchParams.get("to") ?? "",
    format: "csv",
  })
  const res = await fetch(`${MEDUSA_BACKEND_URL}/producer/settlements?${query}`, {
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
  })
  if (res.status === 401) return NextResponse.redirect(new URL(`/${locale}/seller/session-expired`, request.url))
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string }
    return new NextResponse(body.message ?? res.statusText, { status: res.status, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  return new NextResponse(res.body, {
    headers: {
      "content-type": res.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": res.headers.get("content-disposition") ?? 'attachment; filename="doi-soat.csv"',
      "cache-control": "no-store",
    },
  })
}
