// GS1 Digital Link: /01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}] (GS1 Conformant Resolver).
export { resolverGet as GET, resolverHead as HEAD, resolverOptions as OPTIONS } from "@/lib/trace/resolver-route"

export const dynamic = "force-dynamic"
