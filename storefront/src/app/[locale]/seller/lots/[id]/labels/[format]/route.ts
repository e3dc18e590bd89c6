import type { NextRequest } from "next/server"
import { notFoundResponse, streamProducerFile } from "@/lib/lots/backend-file"
import { isPlausibleId } from "@/lib/lots/forms"
import { DIRECT_LABEL_LIMIT, LABEL_SIZES, type LabelSize } from "@/lib/lots/labels"

const TYPES = { svg: "image/svg+xml", png: "image/png", pdf: "application/pdf" } as const

/**
 * GET /[locale]/seller/lots/:id/labels/(svg|png|pdf)?size=30x40[&serials=true|false&count=N]:
 * a lot's label (SVG, PNG) or label sheet (PDF) from the producer API. Sheets over the
 * direct limit are made by a background job instead (the lot page starts it).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; id: string; format: string }> }) {
  const { locale, id, format } = await params
  if (!isPlausibleId(id) || !Object.hasOwn(TYPES, format)) return notFoundResponse()
  const type = format as keyof typeof TYPES
  const search = request.nextUrl.searchParams
  const requested = search.get("size")
  const size: LabelSize = (LABEL_SIZES as readonly string[]).includes(requested ?? "") ? (requested as LabelSize) : "30x40"
  const query = new URLSearchParams({ format: type, size })
  if (type === "pdf") {
    const serials = search.get("serials") === "true"
    query.set("serials", String(serials))
    const count = Number(search.get("count"))
    if (Number.isInteger(count) && count > 0) query.set("count", String(Math.min(count, DIRECT_LABEL_LIMIT)))
  }
  return streamProducerFile(request, locale, `/producer/trace/lots/${encodeURIComponent(id)}/labels?${query}`, {
    contentType: TYPES[type],
    filename: `tem-${id}-${size}.${type}`,
    // The lot page shows the SVG label as a picture.
    inline: type !== "pdf",
  })
}
