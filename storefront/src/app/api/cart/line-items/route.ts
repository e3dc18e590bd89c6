import { getTranslations } from "next-intl/server"
import { NextResponse, type NextRequest } from "next/server"
import { z } from "zod"
import { LOCALES } from "@/i18n/locales"
import { addLineToCart, type AddedLine } from "@/lib/cart/add-line"
import { cartLabels } from "@/lib/cart/cart-count"

/**
 * POST /api/cart/line-items: the product page's buy form, sent by the small script of
 * scriptless product pages (src/edge/enhance/add-to-cart.ts) instead of a full page post.
 * Body: the form's fields (variant_id, quantity) and `locale`. Answers JSON with the
 * same message the form shows without JavaScript, and the cart's new count with the
 * header's words for it, so the script can update the header in place.
 */
const Body = z.object({ locale: z.enum(LOCALES).catch("vi") })

const STATUS: Record<AddedLine["outcome"], number> = { added: 200, invalid: 400, outOfStock: 409, failed: 502 }

/** Whether the request comes from a page of this site (no Origin: not a browser's cross-site post). */
function sameSite(request: NextRequest): boolean {
  const origin = request.headers.get("origin")
  if (!origin) return true
  const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host")].filter(Boolean)
  try {
    return hosts.includes(new URL(origin).host)
  } catch {
    return false
  }
}

export async function POST(request: NextRequest) {
  // Only this site's pages post here: a form on another site could fill a visitor's cart.
  if (!sameSite(request)) {
    return NextResponse.json({ message: "Yêu cầu không hợp lệ. / Request refused." }, { status: 403 })
  }
  const form = await request.formData().catch(() => null)
  const { locale } = Body.parse({ locale: form?.get("locale") ?? undefined })
  const t = await getTranslations({ locale, namespace: "cart.add" })
  if (!form) return NextResponse.json({ status: "error", message: t("failed") }, { status: 400 })
  const added = await addLineToCart(form, t)
  const body: Record<string, unknown> = { ...added.state }
  if (added.count !== null) {
    const header = await getTranslations({ locale, namespace: "cart.header" })
    body.cart = { count: added.count, label: cartLabels((n) => header("cartLabel", { count: n }), locale, String(added.count)).more }
  }
  return NextResponse.json(body, { status: STATUS[added.outcome], headers: { "cache-control": "no-store" } })
}
