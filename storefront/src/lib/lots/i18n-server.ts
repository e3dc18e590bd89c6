import "server-only"
import { getTranslations } from "next-intl/server"
import type { LotsNamespace, LotsTranslator } from "./i18n"

/** A translator for part of the "lots" messages, in the request's language. */
export async function getLotsTranslations<N extends LotsNamespace>(namespace: N): Promise<LotsTranslator<N>> {
  const t: unknown = await getTranslations(namespace as never)
  return t as LotsTranslator<N>
}
