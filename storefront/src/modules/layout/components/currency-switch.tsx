import { getTranslations } from "next-intl/server"
import { setCurrency } from "@/lib/actions/currency"
import { getCurrency } from "@/lib/data/regions"
import styles from "./site-header.module.css"

/** Two submit buttons of one form: the choice is stored in a cookie by a server action. */
export async function CurrencySwitch() {
  const [t, current] = await Promise.all([getTranslations("header"), getCurrency()])
  const options = [
    { value: "vnd", label: t("currencyVnd"), name: t("currencyVndName") },
    { value: "usd", label: t("currencyUsd"), name: t("currencyUsdName") },
  ] as const

  return (
    <form action={setCurrency} className={styles.currency}>
      <div role="group" aria-label={t("currencyLabel")} className={styles.currencyGroup}>
        {options.map((option) => (
          <button
            key={option.value}
            type="submit"
            name="currency"
            value={option.value}
            className={styles.currencyButton}
            aria-pressed={current === option.value}
            title={option.name}
          >
            {option.label}
          </button>
        ))}
      </div>
    </form>
  )
}
