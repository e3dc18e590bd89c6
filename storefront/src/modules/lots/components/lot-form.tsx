"use client"

import { useActionState } from "react"
import type { FormState } from "@/lib/actions/seller"
import { UNITS, type LotFormValues } from "@/lib/lots/forms"
import type { RawMaterialZone, VariantOption } from "@/lib/lots/types"
import { SelectField, TextField } from "@/modules/seller/components/field"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import { useVisibleErrors } from "@/modules/seller/components/use-visible-errors"
import formStyles from "@/modules/seller/components/seller-form.module.css"
import { useLotsTranslations } from "./use-lots-translations"

type LotAction = (previous: FormState<LotFormValues>, formData: FormData) => Promise<FormState<LotFormValues>>

/** Opens a lot of one of the producer's variants (the backend numbers it when no number is typed). */
export function LotForm({
  action,
  initial,
  variants,
  zones,
}: {
  action: LotAction
  initial: LotFormValues
  variants: VariantOption[]
  zones: RawMaterialZone[]
}) {
  const t = useLotsTranslations("lots.create")
  const common = useLotsTranslations("lots.common")
  const units = useLotsTranslations("lots.uom")
  const [state, formAction] = useActionState(action, { values: initial, fieldErrors: {}, formError: null })
  const { errors, onChange } = useVisibleErrors(state.fieldErrors)
  const { values } = state

  return (
    <form action={formAction} onChange={onChange} className={formStyles.form}>
      {state.formError && <FormAlert kind="error" message={state.formError} />}
      <SelectField
        name="variant_id"
        label={t("variant")}
        placeholder={t("variantPlaceholder")}
        options={variants.map((variant) => ({ value: variant.id, label: variant.sku ? `${variant.label} (${variant.sku})` : variant.label }))}
        required
        defaultValue={values.variant_id}
        error={errors.variant_id}
      />
      <TextField
        name="lot_number"
        label={t("lotNumber")}
        optionalLabel={common("optional")}
        hint={t("lotNumberHint")}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        maxLength={20}
        defaultValue={values.lot_number}
        error={errors.lot_number}
      />
      <div className={formStyles.row2}>
        <TextField
          name="quantity"
          label={t("quantity")}
          inputMode="decimal"
          autoComplete="off"
          required
          defaultValue={values.quantity}
          error={errors.quantity}
        />
        <SelectField
          name="uom"
          label={t("uom")}
          options={UNITS.map((unit) => ({ value: unit, label: units(unit) }))}
          defaultValue={values.uom}
          error={errors.uom}
        />
      </div>
      <div className={formStyles.row2}>
        <TextField
          name="produced_at"
          type="date"
          label={t("producedAt")}
          optionalLabel={common("optional")}
          defaultValue={values.produced_at}
          error={errors.produced_at}
        />
        <TextField
          name="expires_at"
          type="date"
          label={t("expiresAt")}
          optionalLabel={common("optional")}
          defaultValue={values.expires_at}
          error={errors.expires_at}
        />
      </div>
      <SelectField
        name="zone_id"
        label={t("zone")}
        optionalLabel={common("optional")}
        hint={t("zoneHint")}
        placeholder={t("zoneNone")}
        options={zones.map((zone) => ({
          value: zone.id,
          label: [zone.name, zone.commune, zone.province].filter(Boolean).join(", "),
        }))}
        defaultValue={values.zone_id}
        error={errors.zone_id}
      />
      <SubmitButton className={formStyles.primaryAction} pendingLabel={common("sending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  )
}
