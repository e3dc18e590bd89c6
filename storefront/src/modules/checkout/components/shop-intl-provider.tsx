import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

/** Gives the checkout's and account's client forms their messages, and only those. */
export async function ShopIntlProvider({ children }: { children: ReactNode }) {
  const messages = await getMessages()
  return (
    <NextIntlClientProvider messages={{ error: messages.error, checkout: messages.checkout, account: messages.account }}>
      {children}
    </NextIntlClientProvider>
  )
}
