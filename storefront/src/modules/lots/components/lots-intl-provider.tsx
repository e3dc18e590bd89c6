import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

/**
 * Gives the lot pages' client components (forms, progress) their messages: the lot
 * wording, and the seller panel's for the shared form parts (photo upload).
 */
export async function LotsIntlProvider({ children }: { children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>
  return (
    <NextIntlClientProvider messages={{ error: messages.error, seller: messages.seller, lots: messages.lots } as never}>
      {children}
    </NextIntlClientProvider>
  )
}
