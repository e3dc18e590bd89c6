import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

/**
 * Gives the panel's certificates page's client components (the form, the evidence
 * upload) their messages: the certificate wording, and the panel's for shared form parts.
 */
export async function CertificatesIntlProvider({ children }: { children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>
  return (
    <NextIntlClientProvider messages={{ error: messages.error, seller: messages.seller, certificates: messages.certificates } as never}>
      {children}
    </NextIntlClientProvider>
  )
}
