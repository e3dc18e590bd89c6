import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { ABROAD_COUNTRIES, addressValues } from "@/lib/cart/address-form"
import { getCustomer } from "@/lib/data/account"
import { communeOptions, provinceOptions } from "@/lib/data/addresses"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { AddressesTemplate } from "@/modules/account/templates/addresses-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale === "en" ? "en" : "vi", namespace: "account.addresses" })
  return { title: t("title"), robots: { index: false } }
}

export default async function AddressesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const [customer, query] = await Promise.all([getCustomer(), searchParams])
  if (!customer) redirect(`/${locale}/account/login?next=/${locale}/account/addresses`)
  const addresses = customer.addresses ?? []
  const editing = addresses.find((address) => address.id === firstParam(query.edit)) ?? null
  const values = { ...addressValues(editing), email: customer.email }
  if (!editing) {
    values.full_name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
    values.phone = customer.phone ?? ""
  }
  const countryNames = new Intl.DisplayNames([locale], { type: "region" })
  const notice = firstParam(query.saved) === "1" ? "saved" : firstParam(query.deleted) === "1" ? "deleted" : null
  return (
    <AddressesTemplate
      addresses={addresses}
      editing={editing}
      initial={{
        values,
        errors: {},
        formError: null,
        communes: values.province_code ? communeOptions(values.province_code) : [],
        version: 0,
      }}
      provinces={provinceOptions()}
      countries={ABROAD_COUNTRIES.map((code) => ({ value: code, label: countryNames.of(code.toUpperCase()) ?? code }))}
      notice={notice}
    />
  )
}
