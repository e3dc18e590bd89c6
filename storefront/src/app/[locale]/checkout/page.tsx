import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import type { AddressFormState } from "@/lib/actions/checkout"
import { ABROAD_COUNTRIES, addressValues, hasDeliveryAddress } from "@/lib/cart/address-form"
import { getCustomer } from "@/lib/data/account"
import { communeOptions, provinceOptions } from "@/lib/data/addresses"
import { getCartSummary, listPaymentMethods, listShippingOptions } from "@/lib/data/cart"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale === "en" ? "en" : "vi", namespace: "checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const [summary, customer, query] = await Promise.all([getCartSummary(), getCustomer(), searchParams])
  if (!summary || summary.groups.length === 0) redirect(`/${locale}/cart`)

  const hasAddress = hasDeliveryAddress(summary.shipping_address)
  const values = { ...addressValues(hasAddress ? summary.shipping_address : null), email: summary.email ?? customer?.email ?? "" }
  if (!hasAddress && customer) {
    values.full_name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
    values.phone = customer.phone ?? ""
  }
  const addressState: AddressFormState = {
    values,
    errors: {},
    formError: null,
    communes: values.province_code ? communeOptions(values.province_code) : [],
    version: 0,
  }
  const [shippingOptions, payments] = hasAddress
    ? await Promise.all([listShippingOptions(summary.cart_id), listPaymentMethods(summary.cart_id)])
    : [[], []]
  const countryNames = new Intl.DisplayNames([locale === "vi" ? "vi" : "en"], { type: "region" })
  const countries = ABROAD_COUNTRIES.map((code) => ({ value: code, label: countryNames.of(code.toUpperCase()) ?? code }))

  return (
    <CheckoutTemplate
      locale={locale}
      summary={hasAddress ? summary : { ...summary, shipping_address: null }}
      addressState={addressState}
      provinces={provinceOptions()}
      countries={countries}
      savedAddresses={customer?.addresses ?? []}
      signedIn={!!customer}
      shippingOptions={shippingOptions}
      payments={payments}
      addressError={firstParam(query.error) === "address"}
    />
  )
}
