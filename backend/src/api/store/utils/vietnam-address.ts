import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkVietnamAddress, type AddressField, type AddressProblem } from "@cln/domain/addresses"

/**
 * A Vietnamese address as Medusa's address fields hold it (the storefront's contract):
 * first_name = the buyer's full name, last_name empty, address_1 = street or village,
 * city = official commune name, province = official province name, country_code "vn",
 * metadata = { province_code, commune_code }. Addresses abroad are free-form.
 */
export type StoreAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
  metadata?: Record<string, unknown> | null
}

export type StoreAddressCheck =
  | { ok: true; official: { city: string; province: string } }
  | { ok: false; problems: Partial<Record<AddressField, AddressProblem>>; message: string }

const FIELD_NAMES: Record<AddressField, string> = {
  full_name: "first_name (the buyer's full name)",
  phone: "phone",
  street: "address_1 (street or village)",
  province_code: "metadata.province_code",
  commune_code: "metadata.commune_code",
}

const PROBLEM_WORDS: Record<AddressProblem, string> = {
  required: "is required",
  too_long: "is too long",
  invalid_phone: "is not a Vietnamese phone number",
  unknown_province: "is not one of the 34 provinces",
  unknown_commune: "is not a commune or ward of that province",
}

export const isVietnamese = (address: StoreAddress | null | undefined) =>
  (address?.country_code ?? "").toLowerCase() === "vn"

/**
 * Checks a Vietnamese address with the domain's rule and answers the official commune
 * and province names its codes stand for, so the names stored always match the codes
 * (a buyer or a script cannot send "Hà Nội" with Tuyên Quang's code). Anything else
 * than a Vietnamese address is not checked here (null).
 */
export function checkStoreAddress(address: StoreAddress, label = "address"): StoreAddressCheck | null {
  if (!isVietnamese(address)) return null
  const metadata = address.metadata ?? {}
  const result = checkVietnamAddress({
    full_name: [address.first_name, address.last_name].filter((p) => typeof p === "string" && p.trim()).join(" "),
    phone: address.phone,
    street: address.address_1,
    province_code: metadata.province_code,
    commune_code: metadata.commune_code,
  })
  if (result.ok) {
    return { ok: true, official: { city: result.address.commune.name, province: result.address.province.name } }
  }
  const parts = (Object.entries(result.problems) as [AddressField, AddressProblem][]).map(
    ([field, problem]) => `${FIELD_NAMES[field]} ${PROBLEM_WORDS[problem]}`
  )
  return {
    ok: false,
    problems: result.problems,
    message: `The Vietnamese ${label} is not valid: ${parts.join("; ")}.`,
  }
}

type Body = Record<string, unknown>
const bodiesOf = (req: MedusaRequest) =>
  [...new Set([req.validatedBody as Body | undefined, req.body as Body | undefined])].filter(
    (b): b is Body => !!b && typeof b === "object"
  )

function refuse(res: MedusaResponse, check: Extract<StoreAddressCheck, { ok: false }>, address: string) {
  res.status(400).json({ type: "invalid_data", message: check.message, problems: check.problems, address })
}

// Fields of a stored address that are not part of what a buyer sends.
const withoutRecordFields = ({ id: _i, created_at: _c, updated_at: _u, deleted_at: _d, ...rest }: Record<string, any>) => rest

/**
 * POST /store/carts and /store/carts/:id: a Vietnamese shipping or billing address is
 * checked (400 naming the fields otherwise) and gets the official names. An address
 * sent without a country code updates the cart's current one, so the two together are
 * checked.
 */
export async function checkCartAddresses(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const bodies = bodiesOf(req)
  let current: Record<string, any> | undefined
  for (const key of ["shipping_address", "billing_address"] as const) {
    const given = bodies.map((b) => b[key]).find((a): a is StoreAddress => !!a && typeof a === "object")
    if (!given) continue
    let address: StoreAddress = given
    if (!given.country_code && req.params.id) {
      current ??= (
        await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "cart",
          fields: ["shipping_address.*", "billing_address.*"],
          filters: { id: req.params.id },
        })
      ).data[0] as Record<string, any> | undefined
      const stored = current?.[key]
      if (stored) address = { ...withoutRecordFields(stored), ...given }
    }
    const check = checkStoreAddress(address, key.replace("_", " "))
    if (!check) continue
    if (!check.ok) return refuse(res, check, key)
    for (const body of bodies) {
      const target = body[key]
      if (target && typeof target === "object") Object.assign(target, check.official)
    }
  }
  next()
}

/**
 * POST /store/customers/me/addresses[/:address_id]: the same check for an address book
 * entry; an update is checked as the address will be after it (stored fields + sent).
 */
export async function checkCustomerAddress(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const bodies = bodiesOf(req)
  const given = (bodies[0] ?? {}) as StoreAddress
  let address = given
  if (req.params.address_id) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "customer_address",
      fields: ["*"],
      filters: { id: req.params.address_id, customer_id: (req as any).auth_context?.actor_id },
    })
    // An address that is not the caller's is left to Medusa, which answers 404.
    if (data[0]) address = { ...withoutRecordFields(data[0] as Record<string, any>), ...given }
  }
  const check = checkStoreAddress(address)
  if (!check) return next()
  if (!check.ok) return refuse(res, check, "address")
  for (const body of bodies) Object.assign(body, check.official)
  next()
}
