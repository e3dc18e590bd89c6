"use client"

import { useTranslations } from "next-intl"
import type { CertificatesNamespace, CertificatesTranslator } from "@/lib/certificates/i18n"

/** A translator for part of the "certificates" messages (typed by messages/certificates/vi.json). */
export function useCertificatesTranslations<N extends CertificatesNamespace>(namespace: N): CertificatesTranslator<N> {
  return useTranslations(namespace as never) as unknown as CertificatesTranslator<N>
}
