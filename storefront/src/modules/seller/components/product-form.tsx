"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import type { FormState } from "@/lib/actions/seller"
import { emptyVariantRow, type ProductFormValues } from "@/lib/util/seller-product-form"
import { SelectField, TextAreaField, TextField } from "./field"
import { FormAlert } from "./form-alert"
import { PhotoPicker } from "./photo-picker"
import { SubmitButton } from "./submit-button"
import { useVisibleErrors } from "./use-visible-errors"
import { VariantRows } from "./variant-rows"
import formStyles from "./seller-form.module.css"
import styles from "./product-form.module.css"

type SaveAction = (previous: FormState<ProductFormValues>, formData: FormData) => Promise<FormState<ProductFormValues>>

const ENGLISH_FIELDS = ["title_en", "subtitle_en", "description_en", "option_title_en"] as const

/**
 * Create or edit a product: Vietnamese text first, English folded away, craft, photos,
 * variants. A new product is saved as a draft or published; an existing one keeps its
 * status (changed with the status buttons beside the form).
 */
export function ProductForm({
  action,
  initial,
  crafts,
  mode,
}: {
  action: SaveAction
  initial: FormState<ProductFormValues>
  crafts: { handle: string; name: string }[]
  mode: "create" | "edit"
}) {
  const t = useTranslations("seller.productForm")
  const common = useTranslations("seller.common")
  const [state, formAction] = useActionState(action, initial)
  const [images, setImages] = useState(state.values.images)
  const [rows, setRows] = useState(state.values.variants)
  // A refused save (or an add/remove without JavaScript) sends back the whole form.
  const [seen, setSeen] = useState(state)
  if (seen !== state) {
    setSeen(state)
    setImages(state.values.images)
    setRows(state.values.variants)
  }

  const { errors, onChange, markEdited } = useVisibleErrors(state.fieldErrors)
  const value = state.values
  const optional = common("optional")
  const englishOpen = ENGLISH_FIELDS.some((field) => value[field] || errors[field])

  return (
    <form action={formAction} className={formStyles.form} onChange={onChange}>
      {state.formError && <FormAlert kind="error" title={common("errorTitle")} message={state.formError} />}
      {state.notice && <FormAlert kind="success" message={state.notice} />}

      <fieldset className={formStyles.section}>
        <legend className={formStyles.legend}>{t("basics")}</legend>
        <TextField
          name="title_vi"
          label={t("titleVi")}
          hint={t("titleViHint")}
          lang="vi"
          required
          maxLength={200}
          defaultValue={value.title_vi}
          error={errors.title_vi}
        />
        <SelectField
          name="craft"
          label={t("craft")}
          placeholder={t("craftPlaceholder")}
          options={crafts.map((craft) => ({ value: craft.handle, label: craft.name }))}
          required
          defaultValue={value.craft}
          error={errors.craft}
        />
        <TextField
          name="subtitle_vi"
          label={t("subtitleVi")}
          hint={t("subtitleViHint")}
          optionalLabel={optional}
          lang="vi"
          maxLength={200}
          defaultValue={value.subtitle_vi}
          error={errors.subtitle_vi}
        />
        <TextAreaField
          name="description_vi"
          label={t("descriptionVi")}
          hint={t("descriptionViHint")}
          lang="vi"
          required
          rows={6}
          maxLength={10000}
          defaultValue={value.description_vi}
          error={errors.description_vi}
        />
        <details className={styles.more} open={englishOpen || undefined}>
          <summary className={styles.moreSummary}>{t("english")}</summary>
          <div className={styles.moreFields}>
            <p className={styles.hint}>{t("englishHint")}</p>
            <TextField name="title_en" label={t("titleEn")} optionalLabel={optional} lang="en" maxLength={200} defaultValue={value.title_en} error={errors.title_en} />
            <TextField
              name="subtitle_en"
              label={t("subtitleEn")}
              optionalLabel={optional}
              lang="en"
              maxLength={200}
              defaultValue={value.subtitle_en}
              error={errors.subtitle_en}
            />
            <TextAreaField
              name="description_en"
              label={t("descriptionEn")}
              optionalLabel={optional}
              lang="en"
              rows={6}
              maxLength={10000}
              defaultValue={value.description_en}
              error={errors.description_en}
            />
            {mode === "create" && (
              <TextField
                name="option_title_en"
                label={t("optionTitleEn")}
                optionalLabel={optional}
                lang="en"
                maxLength={60}
                defaultValue={value.option_title_en}
                error={errors.option_title_en}
              />
            )}
          </div>
        </details>
      </fieldset>

      <div className={formStyles.section}>
        <PhotoPicker
          images={images}
          onChange={(next) => {
            setImages(next)
            markEdited("images")
          }}
          error={errors.images}
        />
      </div>

      <fieldset className={formStyles.section}>
        <legend className={formStyles.legend}>{t("variantsLegend")}</legend>
        <p className={styles.hint}>{mode === "create" ? t("variantsHint") : t("variantsFixedHint")}</p>
        {errors.variants && <p className={styles.fieldError}>{errors.variants}</p>}
        {mode === "create" && (
          <TextField
            name="option_title_vi"
            label={t("optionTitleVi")}
            hint={t("optionTitleViHint")}
            optionalLabel={optional}
            lang="vi"
            maxLength={60}
            defaultValue={value.option_title_vi}
            error={errors.option_title_vi}
          />
        )}
        <VariantRows
          rows={rows}
          errors={errors}
          optionalLabel={optional}
          fixed={mode === "edit"}
          onAdd={() => setRows((current) => [...current, emptyVariantRow()])}
          onRemove={(key) => setRows((current) => (current.length > 1 ? current.filter((row) => row.key !== key) : current))}
        />
      </fieldset>

      <div className={formStyles.actions}>
        {mode === "create" ? (
          <>
            <SubmitButton name="intent" value="draft" variant="secondary" pendingLabel={common("sending")}>
              {t("saveDraft")}
            </SubmitButton>
            <SubmitButton name="intent" value="publish" pendingLabel={common("sending")}>
              {t("publish")}
            </SubmitButton>
          </>
        ) : (
          <SubmitButton name="intent" value="save" pendingLabel={common("sending")}>
            {t("save")}
          </SubmitButton>
        )}
      </div>
    </form>
  )
}
