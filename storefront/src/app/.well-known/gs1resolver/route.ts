import { resolverDescription } from "@cln/domain"
import { CORS_HEADERS, publicOrigin } from "@/lib/trace/headers"

/** Describes this resolver (GS1 Conformant Resolver: resolver description file). */
export function GET(request: Request): Response {
  return Response.json(resolverDescription(publicOrigin(process.env.STOREFRONT_URL, request.url)), {
    headers: { ...CORS_HEADERS, "cache-control": "public, max-age=3600" },
  })
}

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS })
}
