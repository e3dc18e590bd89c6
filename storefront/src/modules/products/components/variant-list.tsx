import { formatMoney } from "@cln/domain"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { ShopVariant } from "@/lib/types"
import { variantPrice } from "@/lib/util/price"
import { variantStock } from "@/lib/util/stock"
import styles from "./variant-list.module.css"

/** Each option is a link (`?variant=`), so choosing one re-renders the page on the server. */
export async function VariantList({
  handle,
  variants,
  selectedId,
  locale,
}: {
  handle: string
  variants: ShopVariant[]
  selectedId: string | undefined
  locale: AppLocale
}) {
  const t = await getTranslations("product")

  return (
    <section className={styles.variants} aria-labelledby="variants-title">
      <h2 id="variants-title" className={styles.heading}>
        {t("variants")}
      </h2>
      <p className="visually-hidden">{t("variantsHint")}</p>
      <ul className={styles.list}>
        {variants.map((variant) => {
          const price = variantPrice(variant)
          const stock = variantStock(variant)
          const selected = variant.id === selectedId
          return (
            <li key={variant.id}>
              <Link
                href={`/products/${handle}?variant=${encodeURIComponent(variant.id)}`}
                className={styles.option}
                aria-current={selected ? "true" : undefined}
                scroll={false}
                replace
              >
                <span className={styles.title}>
                  {variant.title}
                  {selected && <span className="visually-hidden"> ({t("selected")})</span>}
                </span>
                <span className={styles.meta}>
                  {price && <span className={styles.price}>{formatMoney(price.amount, price.currencyCode, locale)}</span>}
                  <span className={stock.available ? styles.inStock : styles.soldOut}>
                    {!stock.available
                      ? t("soldOut")
                      : stock.quantity !== null
                        ? t("inStockCount", { count: stock.quantity })
                        : t("inStock")}
                  </span>
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
