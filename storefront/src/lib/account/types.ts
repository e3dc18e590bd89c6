import type { SummaryAddress } from "@/lib/cart/types"

export type CustomerAddress = SummaryAddress & {
  id: string
  address_name?: string | null
  is_default_shipping?: boolean | null
}

export type Customer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  addresses?: CustomerAddress[] | null
}
