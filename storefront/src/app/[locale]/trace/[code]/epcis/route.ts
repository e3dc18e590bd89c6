import { normalizeTraceCode } from "@cln/domain"
import { fetchLotEpcis } from "@/lib/data/trace"

type Context = { params: Promise<{ locale: string; code: string }> }

/**
 * A lot's events as an EPCIS 2.0 document, passed through from the backend (whose store
 * API needs the publishable key, so browsers cannot fetch it directly).
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { code } = await params
  const canonical = normalizeTraceCode(code)
  const upstream = canonical ? await fetchLotEpcis(canonical) : null
  if (!upstream) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } })
  return new Response(upstream.body, {
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "application/ld+json",
      "content-disposition": `attachment; filename="epcis-${canonical}.jsonld"`,
      "access-control-allow-origin": "*",
      "cache-control": "no-store",
    },
  })
}

export const dynamic = "force-dynamic"
