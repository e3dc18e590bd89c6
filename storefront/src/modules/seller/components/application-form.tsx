"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { applyAsProducer, type FormState } from "@/lib/actions/seller"
import { LEGAL_KINDS, needsTaxCode, suggestHandle, type ApplicationValues } from "@/lib/util/seller-application"
import { RadioCards, SelectField, TextAreaField, TextField } from "./field"
import { FormAlert } from "./form-alert"
import { SubmitButton } from "./submit-button"
import { useVisibleErrors } from "./use-visible-errors"
import styles from "./seller-form.module.css"

export type VillageChoice = { handle: string; name: string; commune: string | null }

/**
 * The application form. Its only client-side work: suggest the shop address from the
 * name, and mark the tax code required for cooperatives and enterprises. Everything is
 * checked again by the server action.
 */
export function ApplicationForm({
  initial,
  villages,
  shopUrlPrefix,
}: {
  initial: FormState<ApplicationValues>
  villages: VillageChoice[]
  /** Shown before the handle in the shop page preview, e.g. "cholangnghe.vn/vi/producers/". */
  shopUrlPrefix: string
}) {
  const t = useTranslations("seller.apply")
  const common = useTranslations("seller.common")
  const legalKind = useTranslations("legalKind")
  const [state, formAction] = useActionState(applyAsProducer, initial)

  const [name, setName] = useState(state.values.name)
  const [handle, setHandle] = useState(state.values.handle)
  const [handleEdited, setHandleEdited] = useState(Boolean(state.values.handle) && state.values.handle !== suggestHandle(state.values.name))
  const [kind, setKind] = useState(state.values.legal_kind)
  // After a refused submission, start again from what the server sent back.
  const [seen, setSeen] = useState(state)
  if (seen !== state) {
    setSeen(state)
    setName(state.values.name)
    setHandle(state.values.handle)
    setKind(state.values.legal_kind)
  }

  const { errors, onChange } = useVisibleErrors(state.fieldErrors)
  const value = state.values
  const taxRequired = needsTaxCode(kind)
  const hasErrors = Boolean(state.formError) || Object.keys(state.fieldErrors).length > 0

  return (
    <form action={formAction} className={styles.form} onChange={onChange}>
      {hasErrors && (
        <FormAlert kind="error" title={common("errorTitle")} message={state.formError ?? common("fixErrors")} />
      )}

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t("accountLegend")}</legend>
        <TextField
          name="account_email"
          type="email"
          label={t("accountEmail")}
          hint={t("accountEmailHint")}
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={value.account_email}
          error={errors.account_email}
        />
        <TextField
          name="password"
          type="password"
          label={t("password")}
          hint={t("passwordHint")}
          autoComplete="new-password"
          minLength={8}
          required
          error={errors.password}
        />
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t("shopLegend")}</legend>
        <TextField
          name="name"
          label={t("name")}
          hint={t("nameHint")}
          autoComplete="organization"
          required
          maxLength={120}
          value={name}
          onChange={(event) => {
            setName(event.target.value)
            if (!handleEdited) setHandle(suggestHandle(event.target.value))
          }}
          error={errors.name}
        />
        <TextField
          name="handle"
          label={t("handle")}
          hint={
            <>
              {t("handleHint")}
              {handle && (
                <>
                  <br />
                  <span className={styles.preview}>{t("handlePreview", { url: `${shopUrlPrefix}${handle}` })}</span>
                </>
              )}
            </>
          }
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          maxLength={60}
          value={handle}
          onChange={(event) => {
            setHandle(event.target.value)
            setHandleEdited(event.target.value !== "")
          }}
          error={errors.handle}
        />
        <RadioCards
          name="legal_kind"
          legend={t("legalKind")}
          options={LEGAL_KINDS.map((option) => ({ value: option, label: legalKind(option) }))}
          // Uncontrolled: React resets a form after its action, and a reset radio takes its default.
          defaultValue={state.values.legal_kind}
          onChange={setKind}
          error={errors.legal_kind}
        />
        <TextField
          name="tax_code"
          label={t("taxCode")}
          hint={t("taxCodeHint")}
          optionalLabel={taxRequired ? undefined : common("optional")}
          inputMode="numeric"
          required={taxRequired}
          maxLength={14}
          defaultValue={value.tax_code}
          error={errors.tax_code}
        />
        {villages.length > 0 && (
          <SelectField
            name="craft_village_handle"
            label={t("village")}
            hint={t("villageHint")}
            optionalLabel={common("optional")}
            placeholder={t("villageNone")}
            options={villages.map((village) => ({
              value: village.handle,
              label: village.commune ? `${village.name} (${village.commune})` : village.name,
            }))}
            defaultValue={value.craft_village_handle}
            error={errors.craft_village_handle}
          />
        )}
        <TextAreaField
          name="story"
          label={t("story")}
          hint={t("storyHint")}
          optionalLabel={common("optional")}
          maxLength={5000}
          defaultValue={value.story}
          error={errors.story}
        />
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t("contactLegend")}</legend>
        <TextField
          name="member_name"
          label={t("memberName")}
          hint={t("memberNameHint")}
          autoComplete="name"
          required
          maxLength={120}
          defaultValue={value.member_name}
          error={errors.member_name}
        />
        <TextField
          name="phone"
          type="tel"
          label={t("phone")}
          hint={t("phoneHint")}
          autoComplete="tel"
          inputMode="tel"
          required
          defaultValue={value.phone}
          error={errors.phone}
        />
        <TextField
          name="email"
          type="email"
          label={t("email")}
          hint={t("emailHint")}
          optionalLabel={common("optional")}
          autoComplete="off"
          inputMode="email"
          defaultValue={value.email}
          error={errors.email}
        />
        <TextAreaField
          name="address"
          label={t("address")}
          hint={t("addressHint")}
          autoComplete="street-address"
          required
          rows={2}
          maxLength={300}
          defaultValue={value.address}
          error={errors.address}
        />
      </fieldset>

      <p className={styles.note}>{t("review")}</p>
      <SubmitButton className={styles.primaryAction} pendingLabel={common("sending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  )
}
