import { formatMoney } from "@cln/domain"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { addressLine } from "@/lib/cart/address-form"
import type { PaymentKind } from "@/lib/cart/payment"
import { purchaseAddress } from "@/lib/cart/purchase-view"
import { orderNumber, orderStage, paymentStage } from "@/lib/cart/status"
import type { Purchase } from "@/lib/cart/types"
import styles from "./purchase-details.module.css"

/** One purchase: its orders, one per producer, each with lines, shipping, total and status. */
export async function PurchaseDetails({
  purchase,
  locale,
  paymentKind,
  headingLevel = 2,
}: {
  purchase: Purchase
  locale: AppLocale
  paymentKind: PaymentKind | null
  headingLevel?: 2 | 3
}) {
  const [t, format] = await Promise.all([getTranslations("orders"), getFormatter()])
  const money = (amount: number, currency = purchase.currency_code) => formatMoney(amount, currency, locale)
  const H = headingLevel === 2 ? "h2" : "h3"
  const address = purchaseAddress(purchase)

  return (
    <div className={styles.purchase}>
      <dl className={styles.facts}>
        <div>
          <dt>{t("placedAt")}</dt>
          <dd>{format.dateTime(new Date(purchase.created_at), { dateStyle: "long", timeStyle: "short" })}</dd>
        </div>
        {purchase.email && (
          <div>
            <dt>{t("email")}</dt>
            <dd>{purchase.email}</dd>
          </div>
        )}
        {address && (
          <div>
            <dt>{t("deliverTo")}</dt>
            <dd>
              {[address.first_name, address.last_name].filter(Boolean).join(" ")}
              {address.phone ? ` · ${address.phone}` : ""}
              <br />
              {addressLine(address)}
            </dd>
          </div>
        )}
        {paymentKind && (
          <div>
            <dt>{t("paymentMethod")}</dt>
            <dd>{t(`method.${paymentKind}`)}</dd>
          </div>
        )}
        <div>
          <dt>{t("parts")}</dt>
          <dd>{t("partsCount", { count: purchase.orders.length })}</dd>
        </div>
        <div className={styles.total}>
          <dt>{t("total")}</dt>
          <dd>{money(purchase.total)}</dd>
        </div>
      </dl>

      <ol className={styles.orders}>
        {purchase.orders.map((order) => {
          const stage = orderStage(order)
          const paid = paymentStage(order, paymentKind)
          const shipping = order.shipping_methods?.[0]
          return (
            <li key={order.id} className={styles.order}>
              <article aria-labelledby={`order-${order.id}`}>
                <header className={styles.orderHead}>
                  <H id={`order-${order.id}`}>
                    {t("orderFrom", { number: orderNumber(order) })}{" "}
                    {order.producer ? <Link href={`/producers/${order.producer.handle}`}>{order.producer.name}</Link> : t("unknownProducer")}
                  </H>
                  <p className={styles.chips}>
                    <span className={`${styles.chip} ${styles[`stage-${stage}`] ?? ""}`}>{t(`stage.${stage}`)}</span>
                    <span className={`${styles.chip} ${styles[`pay-${paid}`] ?? ""}`}>{t(`payment.${paid}`)}</span>
                  </p>
                </header>
                <ul className={styles.items}>
                  {order.items.map((item) => (
                    <li key={item.id}>
                      <span>
                        {item.product_title || item.title}
                        {item.variant_title && <span className="muted"> · {item.variant_title}</span>} × {item.quantity}
                      </span>
                      <span>{money(item.total, order.currency_code)}</span>
                    </li>
                  ))}
                  <li className={styles.muted}>
                    <span>{shipping?.name ? t("shippingNamed", { name: shipping.name }) : t("shipping")}</span>
                    <span>{money(order.shipping_total, order.currency_code)}</span>
                  </li>
                  <li className={styles.orderTotal}>
                    <span>{t("orderTotal")}</span>
                    <span>{money(order.total, order.currency_code)}</span>
                  </li>
                </ul>
              </article>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
