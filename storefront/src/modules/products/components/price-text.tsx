import { formatMoney } from "@cln/domain"
import type { AppLocale } from "@/i18n/routing"
import type { Price } from "@/lib/util/price"
import styles from "./price-text.module.css"

/** A price with its sale original struck through. Money is always formatted by @cln/domain. */
export function PriceText({
  price,
  locale,
  originalLabel,
  size = "md",
}: {
  price: Price
  locale: AppLocale
  originalLabel: string
  size?: "md" | "lg"
}) {
  return (
    <span className={`${styles.price} ${size === "lg" ? styles.large : ""}`}>
      <span className={styles.amount}>{formatMoney(price.amount, price.currencyCode, locale)}</span>
      {price.originalAmount !== null && (
        <s className={styles.original}>
          <span className="visually-hidden">{originalLabel}: </span>
          {formatMoney(price.originalAmount, price.currencyCode, locale)}
        </s>
      )}
    </span>
  )
}
