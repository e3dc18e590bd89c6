"use server"

import { cookies } from "next/headers"
import { CURRENCY_COOKIE, parseCurrency } from "@/lib/util/currency"

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

/**
 * Remembers the visitor's currency. Setting a cookie in a server action re-renders the
 * current page, so the new prices show without a redirect, with or without JavaScript.
 */
export async function setCurrency(formData: FormData): Promise<void> {
  const currency = parseCurrency(formData.get("currency"))
  const cookieStore = await cookies()
  cookieStore.set(CURRENCY_COOKIE, currency, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
  })
}
