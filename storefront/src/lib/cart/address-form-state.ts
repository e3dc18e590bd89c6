import "server-only"
import { readCheckoutForm, type CheckoutFormValues } from "@/lib/cart/address-form"
import { communeOptions, type PlaceOption } from "@/lib/data/addresses"

/** What an address form (checkout or address book) shows after each submit. */
export type AddressFormState = {
  values: CheckoutFormValues
  errors: Partial<Record<keyof CheckoutFormValues, string>>
  formError: string | null
  /** The communes of values.province_code, for the commune select (also without JavaScript). */
  communes: PlaceOption[]
  /** Changes with every answer, so the form's selects take the answer's values. */
  version: number
}

/**
 * Reads a submitted address form. Without JavaScript, choosing a province is a submit of
 * its own that only brings its communes: `provinceStep` is then the whole answer. Else
 * `answer` builds the answer of the real submit, keeping what the buyer typed.
 */
export function readAddressSubmit(formData: FormData) {
  const values = readCheckoutForm(formData)
  const communes = values.destination === "vn" && values.province_code ? communeOptions(values.province_code) : []
  const answer = (rest: Partial<AddressFormState>): AddressFormState => ({
    values,
    errors: {},
    formError: null,
    communes,
    version: Date.now(),
    ...rest,
  })
  let provinceStep: AddressFormState | null = null
  if (formData.get("intent") === "province") {
    if (!communes.some((commune) => commune.value === values.commune_code)) values.commune_code = ""
    provinceStep = answer({})
  }
  return { values, answer, provinceStep }
}
