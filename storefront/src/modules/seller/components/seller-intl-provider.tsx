import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

/** Gives the seller area's client components (forms) their messages, and only those. */
export async function SellerIntlProvider({ children }: { children: ReactNode }) {
  const messages = await getMessages()
  return (
    <NextIntlClientProvider messages={{ error: messages.error, seller: messages.seller, legalKind: messages.legalKind }}>
      {children}
    </NextIntlClientProvider>
  )
}
