import "server-only"
import { getTranslations } from "next-intl/server"
import type { CertificatesNamespace, CertificatesTranslator } from "./i18n"

/** A translator for part of the "certificates" messages, in the request's language. */
export async function getCertificatesTranslations<N extends CertificatesNamespace>(namespace: N): Promise<CertificatesTranslator<N>> {
  const t: unknown = await getTranslations(namespace as never)
  return t as CertificatesTranslator<N>
}
