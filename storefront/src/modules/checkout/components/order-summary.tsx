import { formatMoney } from "@cln/domain"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import type { CartSummary } from "@/lib/cart/types"
import { CartTotals } from "@/modules/cart/templates/cart-template"
import styles from "./order-summary.module.css"

/** The checkout's summary: each producer's parcel with its lines, then the totals. */
export async function OrderSummary({ summary, locale }: { summary: CartSummary; locale: AppLocale }) {
  const t = await getTranslations("checkout.summary")
  const money = (amount: number) => formatMoney(amount, summary.currency_code, locale)
  return (
    <aside className={styles.summary} aria-labelledby="summary-title">
      <h2 id="summary-title">{t("title")}</h2>
      <p className="muted">{t("parcels", { count: summary.groups.length })}</p>
      {summary.groups.map((group, index) => (
        <section key={group.producer?.id ?? index} className={styles.group} aria-labelledby={`summary-producer-${index}`}>
          <h3 id={`summary-producer-${index}`}>
            {t("parcel", { n: index + 1 })}: {group.producer?.name ?? t("unknownProducer")}
          </h3>
          {group.producer?.village && <p className={styles.village}>{group.producer.village.name}</p>}
          <ul>
            {group.items.map((item) => (
              <li key={item.id}>
                <span>
                  {item.title}
                  {item.variant_title && <span className="muted"> · {item.variant_title}</span>} × {item.quantity}
                </span>
                <span>{money(item.subtotal)}</span>
              </li>
            ))}
            <li className={styles.shipping}>
              <span>{t("shipping")}</span>
              <span>{summary.shipping_option ? money(group.shipping_total) : t("shippingLater")}</span>
            </li>
          </ul>
        </section>
      ))}
      <CartTotals summary={summary} locale={locale} />
    </aside>
  )
}
