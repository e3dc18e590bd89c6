"use client"

import { useTranslations } from "next-intl"
import type { FieldMessages } from "@/lib/util/form-errors"
import { MAX_VARIANTS, variantFieldName, type VariantRow } from "@/lib/util/seller-product-form"
import { TextField } from "./field"
import styles from "./product-form.module.css"

/**
 * Variant rows: title, VND price and stock up front; English title, USD price, SKU and
 * barcode folded away. Add and remove are submit buttons (they work without JavaScript
 * through the save action) that JavaScript handles in place. An existing product's
 * variants keep their names (`fixed`): only prices, stock and codes change.
 */
export function VariantRows({
  rows,
  errors,
  optionalLabel,
  fixed,
  onAdd,
  onRemove,
}: {
  rows: VariantRow[]
  errors: FieldMessages
  optionalLabel: string
  fixed: boolean
  onAdd: () => void
  onRemove: (key: string) => void
}) {
  const t = useTranslations("seller.productForm")

  return (
    <>
      <ol className={styles.variants}>
        {rows.map((row, index) => {
          const name = (field: Parameters<typeof variantFieldName>[1]) => variantFieldName(row.key, field)
          const error = (field: Parameters<typeof variantFieldName>[1]) => errors[name(field)]
          const moreHasContent =
            Boolean((!fixed && row.title_en) || row.price_usd || row.sku || row.gtin) ||
            Boolean(error("title_en") || error("price_usd") || error("sku") || error("gtin"))
          return (
            <li key={row.key} className={styles.variant}>
              <fieldset className={styles.variantFields}>
                <legend className={styles.variantLegend}>
                  {fixed ? row.title_vi || t("variantN", { n: index + 1 }) : t("variantN", { n: index + 1 })}
                </legend>
                <input type="hidden" name="variant" value={row.key} />
                <input type="hidden" name={name("id")} value={row.id} />
                {fixed ? (
                  <>
                    <input type="hidden" name={name("title_vi")} value={row.title_vi} />
                    <input type="hidden" name={name("title_en")} value={row.title_en} />
                  </>
                ) : (
                  <TextField
                    name={name("title_vi")}
                    label={t("variantTitleVi")}
                    placeholder={t("variantTitlePlaceholder")}
                    required
                    maxLength={120}
                    defaultValue={row.title_vi}
                    error={error("title_vi")}
                  />
                )}
                <div className={styles.pair}>
                  <TextField
                    name={name("price_vnd")}
                    label={t("priceVnd")}
                    inputMode="numeric"
                    required
                    placeholder="120000"
                    defaultValue={row.price_vnd}
                    error={error("price_vnd")}
                  />
                  <TextField
                    name={name("stock")}
                    label={t("stock")}
                    inputMode="numeric"
                    required
                    placeholder="20"
                    defaultValue={row.stock}
                    error={error("stock")}
                  />
                </div>
                <details className={styles.more} open={moreHasContent || undefined}>
                  <summary className={styles.moreSummary}>{fixed ? t("moreCodes") : t("moreVariant")}</summary>
                  <div className={styles.moreFields}>
                    {!fixed && (
                      <TextField
                        name={name("title_en")}
                        label={t("variantTitleEn")}
                        optionalLabel={optionalLabel}
                        lang="en"
                        maxLength={120}
                        defaultValue={row.title_en}
                        error={error("title_en")}
                      />
                    )}
                    <TextField
                      name={name("price_usd")}
                      label={t("priceUsd")}
                      optionalLabel={optionalLabel}
                      inputMode="decimal"
                      placeholder="12.50"
                      defaultValue={row.price_usd}
                      error={error("price_usd")}
                    />
                    <div className={styles.pair}>
                      <TextField
                        name={name("sku")}
                        label={t("sku")}
                        optionalLabel={optionalLabel}
                        autoCapitalize="characters"
                        spellCheck={false}
                        maxLength={64}
                        pattern="[A-Za-z0-9._\-]+"
                        defaultValue={row.sku}
                        error={error("sku")}
                      />
                      <TextField
                        name={name("gtin")}
                        label={t("gtin")}
                        optionalLabel={optionalLabel}
                        inputMode="numeric"
                        maxLength={14}
                        defaultValue={row.gtin}
                        error={error("gtin")}
                      />
                    </div>
                  </div>
                </details>
                {!fixed && rows.length > 1 && (
                  <button
                    type="submit"
                    name="intent"
                    value={`remove_variant:${row.key}`}
                    formNoValidate
                    className={styles.removeVariant}
                    onClick={(event) => {
                      event.preventDefault()
                      onRemove(row.key)
                    }}
                  >
                    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
                      <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13" strokeLinecap="round" strokeLinejoin="round" />
                    </svg>
                    {t("removeVariant", { n: index + 1 })}
                  </button>
                )}
              </fieldset>
            </li>
          )
        })}
      </ol>
      {!fixed && rows.length < MAX_VARIANTS && (
        <button
          type="submit"
          name="intent"
          value="add_variant"
          formNoValidate
          className={`button button-secondary ${styles.addVariant}`}
          onClick={(event) => {
            event.preventDefault()
            onAdd()
          }}
        >
          <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.4" aria-hidden="true" focusable="false">
            <path d="M12 5v14M5 12h14" strokeLinecap="round" />
          </svg>
          {t("addVariant")}
        </button>
      )}
    </>
  )
}
