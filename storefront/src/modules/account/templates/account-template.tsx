import { formatMoney } from "@cln/domain"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { logoutCustomer } from "@/lib/actions/account"
import { customerName } from "@/lib/account/forms"
import type { Customer } from "@/lib/account/types"
import { purchasePaymentKind } from "@/lib/cart/purchase-view"
import { orderNumber, orderStage, paymentStage } from "@/lib/cart/status"
import type { Purchase } from "@/lib/cart/types"
import { FormAlert } from "@/modules/seller/components/form-alert"
import styles from "./account.module.css"

export async function AccountTemplate({
  customer,
  purchases,
  locale,
  welcome,
}: {
  customer: Customer
  purchases: Purchase[] | null
  locale: AppLocale
  welcome: boolean
}) {
  const [t, orders, format] = await Promise.all([getTranslations("account"), getTranslations("orders"), getFormatter()])
  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.head}>
        <div>
          <h1>{t("title")}</h1>
          <p className="muted">{t("signedInAs", { name: customerName(customer), email: customer.email })}</p>
        </div>
        <form action={logoutCustomer}>
          <button type="submit" className="button button-secondary">
            {t("logout")}
          </button>
        </form>
      </div>
      {welcome && <FormAlert kind="success" message={t("welcome")} />}
      <nav aria-label={t("navLabel")} className={styles.nav}>
        <Link href="/account/addresses">{t("addressesLink")}</Link>
        <Link href="/cart">{t("cartLink")}</Link>
      </nav>

      <section aria-labelledby="orders-title" className={styles.card}>
        <h2 id="orders-title">{t("ordersTitle")}</h2>
        {purchases === null ? (
          <p>{t("ordersFailed")}</p>
        ) : purchases.length === 0 ? (
          <p className="muted">{t("noOrders")}</p>
        ) : (
          <ul className={styles.list}>
            {purchases.map((purchase) => {
              const kind = purchasePaymentKind(purchase)
              return (
                <li key={purchase.id} className={styles.card}>
                  <article aria-labelledby={`purchase-${purchase.id}`}>
                    <div className={styles.purchaseHead}>
                      <h3 id={`purchase-${purchase.id}`}>
                        {t("purchaseOn", { date: format.dateTime(new Date(purchase.created_at), { dateStyle: "medium" }) })}
                      </h3>
                      <strong>{formatMoney(purchase.total, purchase.currency_code, locale)}</strong>
                    </div>
                    <ul className={styles.parts}>
                      {purchase.orders.map((order) => (
                        <li key={order.id}>
                          <span>
                            {orderNumber(order)} · {order.producer?.name ?? orders("unknownProducer")}
                          </span>
                          <span className={styles.chip}>{orders(`stage.${orderStage(order)}`)}</span>
                          <span className={styles.chip}>{orders(`payment.${paymentStage(order, kind)}`)}</span>
                        </li>
                      ))}
                    </ul>
                    <p>
                      <Link href={`/orders/${purchase.id}`}>
                        {t("viewPurchase")}
                        <span className="visually-hidden"> {purchase.id}</span>
                      </Link>
                    </p>
                  </article>
                </li>
              )
            })}
          </ul>
        )}
      </section>
    </div>
  )
}
