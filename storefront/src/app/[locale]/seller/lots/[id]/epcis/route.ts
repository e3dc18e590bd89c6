import type { NextRequest } from "next/server"
import { notFoundResponse, streamProducerFile } from "@/lib/lots/backend-file"
import { isPlausibleId } from "@/lib/lots/forms"

/** GET /[locale]/seller/lots/:id/epcis: the lot's events as an EPCIS 2.0 document (JSON-LD) to download. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  if (!isPlausibleId(id)) return notFoundResponse()
  return streamProducerFile(request, locale, `/producer/trace/lots/${encodeURIComponent(id)}/epcis`, {
    contentType: "application/ld+json",
    filename: `epcis-${id}.jsonld`,
  })
}
