import "server-only"
import { NextResponse, type NextRequest } from "next/server"
import { MEDUSA_BACKEND_URL } from "@/lib/config"
import { getProducerToken } from "@/lib/seller-session"

/**
 * Streams a file the producer API makes (a label, a label sheet, an EPCIS export) to the
 * browser. The token stays in its httpOnly cookie: the browser asks the storefront, which
 * asks the backend with the token, as the settlement download does.
 */
export async function streamProducerFile(
  request: NextRequest,
  locale: string,
  url: string,
  fallback: { contentType: string; filename?: string; inline?: boolean }
): Promise<NextResponse> {
  const token = await getProducerToken()
  if (!token) return NextResponse.redirect(new URL(`/${locale}/seller/login`, request.url))
  const target = new URL(url, MEDUSA_BACKEND_URL)
  // The token only ever goes to our own backend.
  const sameBackend = target.origin === new URL(MEDUSA_BACKEND_URL).origin
  const res = await fetch(target, {
    headers: sameBackend ? { authorization: `Bearer ${token}` } : {},
    cache: "no-store",
  })
  if (res.status === 401) return NextResponse.redirect(new URL(`/${locale}/seller/session-expired`, request.url))
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string }
    return new NextResponse(body.message ?? res.statusText, {
      status: res.status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    })
  }
  const disposition =
    res.headers.get("content-disposition") ??
    (fallback.filename ? `${fallback.inline ? "inline" : "attachment"}; filename="${fallback.filename}"` : null)
  return new NextResponse(res.body, {
    headers: {
      "content-type": res.headers.get("content-type") ?? fallback.contentType,
      ...(disposition ? { "content-disposition": disposition } : {}),
      ...(res.headers.get("content-length") ? { "content-length": res.headers.get("content-length")! } : {}),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}

export const notFoundResponse = () =>
  new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } })
