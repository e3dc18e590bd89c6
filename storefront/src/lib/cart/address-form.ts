import type { AddressField, AddressProblem, VietnamAddress } from "@cln/domain/addresses"
import type { SummaryAddress } from "./types"

/**
 * The delivery address form of the checkout and the address book. Inside Vietnam an
 * address is a name, a phone, a street or village, a commune and a province picked from
 * the official lists (checked on the server with @cln/domain/addresses); abroad it is
 * free text. Only types come from @cln/domain/addresses, so this file carries no list.
 */

export type Destination = "vn" | "abroad"

export type AddressFormValues = {
  destination: Destination
  full_name: string
  phone: string
  street: string
  province_code: string
  commune_code: string
  /** Abroad only. */
  country_code: string
  city: string
  region: string
  postal_code: string
}

export type CheckoutFormValues = AddressFormValues & { email: string }

export const EMPTY_ADDRESS: AddressFormValues = {
  destination: "vn",
  full_name: "",
  phone: "",
  street: "",
  province_code: "",
  commune_code: "",
  country_code: "",
  city: "",
  region: "",
  postal_code: "",
}

/** Countries buyers abroad can pick (the international region's); ISO 3166-1 alpha-2. */
export const ABROAD_COUNTRIES = ["us", "gb", "fr", "de", "jp", "kr", "au", "ca", "sg", "tw", "cn", "th"] as const

const text = (formData: FormData, name: string, max = 300) => {
  const value = formData.get(name)
  return typeof value === "string" ? value.normalize("NFC").trim().replace(/\s+/g, " ").slice(0, max) : ""
}

/**
 * Reads the address fields. The street of an address abroad has its own input
 * (`abroad_street`), since without JavaScript both sets of fields are on the page.
 */
export function readAddressForm(formData: FormData): AddressFormValues {
  const destination: Destination = formData.get("destination") === "abroad" ? "abroad" : "vn"
  return {
    destination,
    full_name: text(formData, "full_name"),
    phone: text(formData, "phone", 40),
    street: destination === "abroad" && formData.has("abroad_street") ? text(formData, "abroad_street") : text(formData, "street"),
    province_code: text(formData, "province_code", 10),
    commune_code: text(formData, "commune_code", 10),
    country_code: text(formData, "country_code", 2).toLowerCase(),
    city: text(formData, "city"),
    region: text(formData, "region"),
    postal_code: text(formData, "postal_code", 20),
  }
}

export function readCheckoutForm(formData: FormData): CheckoutFormValues {
  return { ...readAddressForm(formData), email: text(formData, "email", 254).toLowerCase() }
}

/** Message keys (in `checkout.errors`) for each field's problem. */
export type AddressErrorKey =
  | "fullNameRequired"
  | "phoneRequired"
  | "phoneInvalid"
  | "streetRequired"
  | "provinceRequired"
  | "communeRequired"
  | "communeUnknown"
  | "tooLong"
  | "emailRequired"
  | "emailInvalid"
  | "countryRequired"
  | "cityRequired"

export type AddressErrors = Partial<Record<keyof CheckoutFormValues, AddressErrorKey>>

/** Words a problem from @cln/domain/addresses (or the backend's 400 `problems`) for its field. */
export function addressProblemKey(field: AddressField, problem: AddressProblem): AddressErrorKey {
  if (problem === "too_long") return "tooLong"
  if (problem === "invalid_phone") return "phoneInvalid"
  if (problem === "unknown_commune") return "communeUnknown"
  if (problem === "unknown_province") return "provinceRequired"
  switch (field) {
    case "full_name":
      return "fullNameRequired"
    case "phone":
      return "phoneRequired"
    case "street":
      return "streetRequired"
    case "province_code":
      return "provinceRequired"
    case "commune_code":
      return "communeRequired"
  }
}

export function addressErrorsFromProblems(problems: Partial<Record<AddressField, AddressProblem>>): AddressErrors {
  const errors: AddressErrors = {}
  for (const [field, problem] of Object.entries(problems) as [AddressField, AddressProblem][]) {
    errors[field] = addressProblemKey(field, problem)
  }
  return errors
}

export function checkEmail(email: string): AddressErrorKey | null {
  if (!email) return "emailRequired"
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? null : "emailInvalid"
}

/** An address abroad: name, phone, street, city and a country from the list. */
export function checkAbroadAddress(values: AddressFormValues): AddressErrors {
  const errors: AddressErrors = {}
  if (!values.full_name) errors.full_name = "fullNameRequired"
  if (!values.phone) errors.phone = "phoneRequired"
  else if (!/^\+?[\d\s().-]{6,20}$/.test(values.phone)) errors.phone = "phoneInvalid"
  if (!values.street) errors.street = "streetRequired"
  if (!values.city) errors.city = "cityRequired"
  if (!(ABROAD_COUNTRIES as readonly string[]).includes(values.country_code)) errors.country_code = "countryRequired"
  return errors
}

/** The Medusa address of a checked Vietnamese address (the fixed format of issue #6). */
export function medusaVietnamAddress(address: VietnamAddress) {
  return {
    first_name: address.full_name,
    last_name: "",
    phone: address.phone,
    address_1: address.street,
    city: address.commune.name,
    province: address.province.name,
    country_code: "vn",
    metadata: { province_code: address.province.code, commune_code: address.commune.code },
  }
}

export function medusaAbroadAddress(values: AddressFormValues) {
  return {
    first_name: values.full_name,
    last_name: "",
    phone: values.phone,
    address_1: values.street,
    city: values.city,
    province: values.region,
    postal_code: values.postal_code,
    country_code: values.country_code,
  }
}

const str = (value: unknown) => (typeof value === "string" ? value : "")

/** The form's values from a saved address (the cart's, or one in the address book). */
export function addressValues(address: SummaryAddress | null | undefined): AddressFormValues {
  if (!address) return { ...EMPTY_ADDRESS }
  const country = str(address.country_code).toLowerCase()
  const fullName = [str(address.first_name), str(address.last_name)].filter(Boolean).join(" ")
  if (country && country !== "vn") {
    return {
      ...EMPTY_ADDRESS,
      destination: "abroad",
      full_name: fullName,
      phone: str(address.phone),
      street: str(address.address_1),
      country_code: country,
      city: str(address.city),
      region: str(address.province),
      postal_code: str(address.postal_code),
    }
  }
  return {
    ...EMPTY_ADDRESS,
    full_name: fullName,
    phone: str(address.phone),
    street: str(address.address_1),
    province_code: str(address.metadata?.province_code),
    commune_code: str(address.metadata?.commune_code),
  }
}

/** One line for a saved address: "Thôn Khuổi Phầy, Xã Hồng Thái, Tỉnh Tuyên Quang". */
export function addressLine(address: SummaryAddress | null | undefined): string {
  if (!address) return ""
  return [address.address_1, address.address_2, address.city, address.province, address.postal_code]
    .map(str)
    .filter(Boolean)
    .join(", ")
}

/**
 * True when a cart's address is one the buyer entered. A new cart in a one-country region
 * already carries an address holding only that country; it is not a delivery address yet.
 */
export function hasDeliveryAddress(address: SummaryAddress | null | undefined): address is SummaryAddress {
  return !!(address && str(address.address_1) && str(address.first_name) && str(address.country_code))
}
