// Short trace codes for products without a GTIN: /t/{code}, answered like a GS1 Digital Link.
export { resolverGet as GET, resolverHead as HEAD, resolverOptions as OPTIONS } from "@/lib/trace/resolver-route"

export const dynamic = "force-dynamic"
