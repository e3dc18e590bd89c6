import { formatMoney } from "@cln/domain"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { OrderList } from "@/lib/data/seller"
import type { ApiFailure } from "@/lib/seller-types"
import { orderNumber, orderStage } from "@/lib/util/seller-view"
import { NotApprovedNotice } from "./not-approved-notice"
import { OrderStageChip } from "./order-stage-chip"
import styles from "./seller.module.css"

/** `result` is null while the backend has no orders API: the page shows the empty state. */
export async function OrderListTemplate({
  result,
  locale,
  page,
  pageCount,
}: {
  result: OrderList | ApiFailure | null
  locale: AppLocale
  page: number
  pageCount: number
}) {
  const [t, common, format] = await Promise.all([getTranslations("seller.orders"), getTranslations("seller.common"), getFormatter()])
  const orders = result && "orders" in result ? result.orders : []

  return (
    <>
      <div className={styles.pageHead}>
        <div>
          <h1>{t("title")}</h1>
          {result && "count" in result && <p className={`muted ${styles.flush}`}>{t("count", { count: result.count })}</p>}
        </div>
      </div>
      {result && "ok" in result ? (
        <NotApprovedNotice message={result.message} />
      ) : orders.length === 0 ? (
        <div className={styles.empty}>
          <h2>{t("empty")}</h2>
          <p className={styles.flush}>{t("emptyLead")}</p>
        </div>
      ) : (
        <ul className={styles.items}>
          {orders.map((order) => {
            const number = orderNumber(order)
            const itemCount = (order.items ?? []).reduce((sum, item) => sum + (item.quantity ?? 0), 0)
            const thumbnail = order.items?.find((item) => item.thumbnail)?.thumbnail
            return (
              <li key={order.id} className={styles.item}>
                {thumbnail ? (
                  <img src={thumbnail} alt="" width={72} height={72} loading="lazy" className={styles.itemImage} />
                ) : (
                  <span className={styles.itemPlaceholder} aria-hidden="true" />
                )}
                <div className={styles.itemBody}>
                  <h2 className={styles.itemTitle}>
                    <Link href={`/seller/orders/${order.id}`} className={styles.itemLink} aria-label={t("open", { number })}>
                      {number}
                    </Link>
                  </h2>
                  <p className={styles.itemMeta}>
                    <OrderStageChip stage={orderStage(order)} />
                    {typeof order.total === "number" && order.currency_code && (
                      <span className={styles.price}>{formatMoney(order.total, order.currency_code, locale)}</span>
                    )}
                  </p>
                  <p className={styles.itemMeta}>{t("items", { count: itemCount })}</p>
                  <p className={styles.itemMeta}>
                    {t("placedAt", { date: format.dateTime(new Date(order.created_at), { dateStyle: "short", timeStyle: "short" }) })}
                  </p>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      {pageCount > 1 && (
        <nav className={styles.pager} aria-label={common("pagination")}>
          {page > 1 ? (
            <Link href={`/seller/orders?page=${page - 1}`} className="button button-secondary" rel="prev">
              {common("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span>{common("pageOf", { page, total: pageCount })}</span>
          {page < pageCount ? (
            <Link href={`/seller/orders?page=${page + 1}`} className="button button-secondary" rel="next">
              {common("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  )
}
