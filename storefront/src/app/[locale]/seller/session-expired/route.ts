import { hasLocale } from "next-intl"
import { NextResponse, type NextRequest } from "next/server"
import { routing } from "@/i18n/routing"
import { PRODUCER_TOKEN_COOKIE, producerFetch } from "@/lib/seller-session"

/**
 * Where panel pages send a sign-in the backend refused (401). Pages cannot change
 * cookies, so this handler forgets the token, then shows the sign-in page. It asks the
 * backend first, so a link to it cannot sign out someone whose sign-in is still valid.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const me = await producerFetch<unknown>("/producer/me")
  if (me.ok) return NextResponse.redirect(new URL(`/${locale}/seller`, request.url))
  const response = NextResponse.redirect(new URL(`/${locale}/seller/login?expired=1`, request.url))
  response.cookies.delete({ name: PRODUCER_TOKEN_COOKIE, path: "/" })
  return response
}
