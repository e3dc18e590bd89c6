import "server-only"
import { checkVietnamAddress } from "@cln/domain/addresses"
import { getTranslations } from "next-intl/server"
import {
  addressErrorsFromProblems,
  checkAbroadAddress,
  checkEmail,
  medusaAbroadAddress,
  medusaVietnamAddress,
  type AddressErrors,
  type CheckoutFormValues,
} from "./address-form"

export type TranslatedErrors = Partial<Record<keyof CheckoutFormValues, string>>

async function translateErrors(errors: AddressErrors): Promise<TranslatedErrors> {
  const t = await getTranslations("checkout.errors")
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key)]))
}

/**
 * Checks a delivery address (email too when `withEmail`) and gives it in Medusa's shape,
 * or the translated errors by field.
 */
export async function checkAddressForm(
  values: CheckoutFormValues,
  { withEmail }: { withEmail: boolean }
): Promise<{ ok: true; address: Record<string, unknown> } | { ok: false; errors: TranslatedErrors }> {
  const errors: AddressErrors = {}
  if (withEmail) {
    const emailError = checkEmail(values.email)
    if (emailError) errors.email = emailError
  }
  let address: Record<string, unknown> | null = null
  if (values.destination === "vn") {
    const checked = checkVietnamAddress(values)
    if (checked.ok) address = medusaVietnamAddress(checked.address)
    else Object.assign(errors, addressErrorsFromProblems(checked.problems))
  } else {
    Object.assign(errors, checkAbroadAddress(values))
    address = medusaAbroadAddress(values)
  }
  if (Object.keys(errors).length || !address) return { ok: false, errors: await translateErrors(errors) }
  return { ok: true, address }
}

