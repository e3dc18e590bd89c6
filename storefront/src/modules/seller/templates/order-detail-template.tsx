import { formatMoney } from "@cln/domain"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { markOrderDelivered, shipOrder } from "@/lib/actions/seller"
import type { SellerOrder } from "@/lib/seller-types"
import { CARRIERS, orderNumber, orderStage, orderTracking } from "@/lib/util/seller-view"
import { DeliverForm } from "../components/deliver-form"
import { FormAlert } from "../components/form-alert"
import { ShipForm } from "../components/ship-form"
import { OrderStageChip } from "./order-stage-chip"
import styles from "./seller.module.css"

export async function OrderDetailTemplate({
  order,
  locale,
  notice,
}: {
  order: SellerOrder
  locale: AppLocale
  notice: "shipped" | "delivered" | null
}) {
  const [t, carriers, format] = await Promise.all([getTranslations("seller.order"), getTranslations("seller.carriers"), getFormatter()])
  const stage = orderStage(order)
  const number = orderNumber(order)
  const tracking = orderTracking(order)
  const carrierCode = (CARRIERS as readonly string[]).find((code) => code === tracking.carrier)
  const carrierName = carrierCode ? carriers(carrierCode as (typeof CARRIERS)[number]) : tracking.carrier
  const address = order.shipping_address
  const recipient = [address?.last_name, address?.first_name].filter(Boolean).join(" ")
  const addressLines = [address?.address_1, address?.address_2, address?.city, address?.province].filter(Boolean).join(", ")
  const currency = order.currency_code ?? "vnd"

  return (
    <>
      <Link href="/seller/orders" className={styles.back}>
        <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" aria-hidden="true" focusable="false">
          <path d="M15 5l-7 7 7 7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t("back")}
      </Link>
      <div className={styles.pageHead}>
        <div>
          <h1>{t("title", { number })}</h1>
          <p className={`muted ${styles.flush}`}>
            {format.dateTime(new Date(order.created_at), { dateStyle: "medium", timeStyle: "short" })}
          </p>
        </div>
        <OrderStageChip stage={stage} />
      </div>
      {notice && <FormAlert kind="success" message={t(notice)} />}

      <div className={`${styles.grid2} ${notice ? styles.sectionGap : ""}`}>
        <div className={styles.stack}>
          <section className={styles.card} aria-labelledby="items-title">
            <h2 id="items-title">{t("items")}</h2>
            <ul className={styles.orderItems}>
              {(order.items ?? []).map((item) => (
                <li key={item.id}>
                  {item.thumbnail ? (
                    <img src={item.thumbnail} alt="" width={56} height={56} loading="lazy" />
                  ) : (
                    <span className={styles.orderItemPlaceholder} aria-hidden="true" />
                  )}
                  <span className={styles.minw0}>
                    <strong>{item.title}</strong>
                    {(item.variant_title || item.subtitle) && <span className={styles.lowStockVariant}>{item.variant_title || item.subtitle}</span>}
                    <span className={styles.lowStockVariant}>{t("quantity", { count: item.quantity })}</span>
                  </span>
                  {typeof item.unit_price === "number" && (
                    <span className={styles.price}>{formatMoney(item.unit_price * item.quantity, currency, locale)}</span>
                  )}
                </li>
              ))}
            </ul>
            {typeof order.total === "number" && (
              <p className={styles.total}>
                <span>{t("total")}</span>
                <span>{formatMoney(order.total, currency, locale)}</span>
              </p>
            )}
          </section>

          <section className={styles.card} aria-labelledby="recipient-title">
            <h2 id="recipient-title">{t("recipient")}</h2>
            <dl className={styles.facts}>
              {recipient && (
                <div>
                  <dt>{t("name")}</dt>
                  <dd>{recipient}</dd>
                </div>
              )}
              {address?.phone && (
                <div>
                  <dt>{t("phone")}</dt>
                  <dd>
                    <a href={`tel:${address.phone}`}>{address.phone}</a>
                  </dd>
                </div>
              )}
              {addressLines && (
                <div>
                  <dt>{t("address")}</dt>
                  <dd>{addressLines}</dd>
                </div>
              )}
              {order.email && (
                <div>
                  <dt>{t("email")}</dt>
                  <dd>{order.email}</dd>
                </div>
              )}
            </dl>
          </section>
        </div>

        <section className={styles.card} aria-labelledby="ship-title">
          <h2 id="ship-title">{t("shipLegend")}</h2>
          {(tracking.carrier || tracking.number) && (
            <p>
              <strong>{t("trackingInfo", { carrier: carrierName ?? "—", number: tracking.number ?? "—" })}</strong>
            </p>
          )}
          {stage === "new" && (
            <>
              <p className="muted">{t("shipLead")}</p>
              <ShipForm action={shipOrder.bind(null, order.id)} />
            </>
          )}
          {stage === "shipped" && (
            <>
              <p className="muted">{t("deliverLead")}</p>
              <DeliverForm action={markOrderDelivered.bind(null, order.id)} />
            </>
          )}
        </section>
      </div>
    </>
  )
}
