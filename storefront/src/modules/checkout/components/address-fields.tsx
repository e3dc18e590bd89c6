"use client"

import { useTranslations } from "next-intl"
import { useState, useSyncExternalStore, type ChangeEvent } from "react"
import type { AddressFormValues } from "@/lib/cart/address-form"
import { RadioCards, SelectField, TextField } from "@/modules/seller/components/field"
import buttons from "@/modules/seller/components/buttons.module.css"
import styles from "./address-fields.module.css"

type Option = { value: string; label: string }

const noSubscription = () => () => {}

/** False in the server's HTML and while hydrating, true once the page runs JavaScript (also on later mounts). */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false
  )
}

/**
 * The delivery address fields. The province list comes from the server; a province's
 * communes come with the page, then from /api/communes when the province changes. Without
 * JavaScript, "Load communes" submits the form to get them (a two-step form), and both
 * the Vietnam and abroad fields are shown.
 */
export function AddressFields({
  values,
  errors,
  provinces,
  communes: initialCommunes,
  countries,
}: {
  values: AddressFormValues
  errors: Partial<Record<string, string>>
  provinces: Option[]
  communes: Option[]
  /** Countries for an address abroad; none means only Vietnam is offered. */
  countries: Option[]
}) {
  const t = useTranslations("checkout.address")
  const hydrated = useHydrated()
  const [destination, setDestination] = useState(values.destination)
  const [province, setProvince] = useState(values.province_code)
  const [communes, setCommunes] = useState(initialCommunes)
  const [loading, setLoading] = useState(false)

  async function onProvinceChange(event: ChangeEvent<HTMLSelectElement>) {
    const code = event.target.value
    setProvince(code)
    setCommunes([])
    if (!code) return
    setLoading(true)
    try {
      const response = await fetch(`/api/communes?province=${encodeURIComponent(code)}`)
      const body = (await response.json()) as { communes?: Option[] }
      setCommunes(body.communes ?? [])
    } catch {
      setCommunes([])
    } finally {
      setLoading(false)
    }
  }

  const showVietnam = !hydrated || destination === "vn"
  const showAbroad = countries.length > 0 && (!hydrated || destination === "abroad")

  return (
    <div className={styles.fields}>
      {countries.length > 0 ? (
        <RadioCards
          name="destination"
          legend={t("destination")}
          options={[
            { value: "vn", label: t("vietnam") },
            { value: "abroad", label: t("abroad") },
          ]}
          defaultValue={values.destination}
          onChange={(value) => setDestination(value === "abroad" ? "abroad" : "vn")}
        />
      ) : (
        <input type="hidden" name="destination" value="vn" />
      )}
      <TextField
        name="full_name"
        label={t("fullName")}
        autoComplete="name"
        defaultValue={values.full_name}
        error={errors.full_name}
        required
      />
      <TextField
        name="phone"
        type="tel"
        label={t("phone")}
        hint={t("phoneHint")}
        autoComplete="tel"
        inputMode="tel"
        defaultValue={values.phone}
        error={errors.phone}
        required
      />

      {showVietnam && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{hydrated ? t("vietnamAddress") : t("vietnamAddressNoJs")}</legend>
          <SelectField
            name="province_code"
            label={t("province")}
            options={provinces}
            placeholder={t("provincePlaceholder")}
            defaultValue={values.province_code}
            onChange={onProvinceChange}
            error={errors.province_code}
            autoComplete="address-level1"
          />
          {!hydrated && (
            <button type="submit" name="intent" value="province" className={`button button-secondary ${buttons.small}`}>
              {t("loadCommunes")}
            </button>
          )}
          <SelectField
            key={`${province}-${communes.length}`}
            name="commune_code"
            label={t("commune")}
            hint={!province ? t("communeHint") : loading ? t("communesLoading") : undefined}
            options={communes}
            placeholder={t("communePlaceholder")}
            defaultValue={province === values.province_code ? values.commune_code : ""}
            disabled={hydrated && (!province || loading)}
            error={errors.commune_code}
            autoComplete="address-level2"
          />
          <TextField
            name="street"
            label={t("street")}
            hint={t("streetHint")}
            autoComplete="address-line1"
            defaultValue={destination === "vn" ? values.street : ""}
            error={destination === "vn" ? errors.street : undefined}
          />
        </fieldset>
      )}

      {showAbroad && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{hydrated ? t("abroadAddress") : t("abroadAddressNoJs")}</legend>
          <SelectField
            name="country_code"
            label={t("country")}
            options={countries}
            placeholder={t("countryPlaceholder")}
            defaultValue={values.country_code}
            error={errors.country_code}
            autoComplete="country"
          />
          <TextField
            name="abroad_street"
            label={t("abroadStreet")}
            autoComplete="address-line1"
            defaultValue={destination === "abroad" ? values.street : ""}
            error={destination === "abroad" ? errors.street : undefined}
          />
          <TextField name="city" label={t("city")} autoComplete="address-level2" defaultValue={values.city} error={errors.city} />
          <TextField
            name="region"
            label={t("region")}
            optionalLabel={t("optional")}
            autoComplete="address-level1"
            defaultValue={values.region}
          />
          <TextField
            name="postal_code"
            label={t("postalCode")}
            optionalLabel={t("optional")}
            autoComplete="postal-code"
            defaultValue={values.postal_code}
          />
        </fieldset>
      )}
    </div>
  )
}
