import { formatMoney } from "@cln/domain"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { removeCartLine, updateCartLine } from "@/lib/actions/cart"
import type { CartSummary } from "@/lib/cart/types"
import { shippingBreakdown, stepperLimits } from "@/lib/cart/view"
import { FormAlert } from "@/modules/seller/components/form-alert"
import styles from "./cart-template.module.css"

const NOTICES = ["updated", "removed", "outOfStock", "invalidQuantity", "failed"] as const
type Notice = (typeof NOTICES)[number]

export async function CartTemplate({
  summary,
  locale,
  notice,
}: {
  summary: CartSummary | null
  locale: AppLocale
  notice: string | undefined
}) {
  const t = await getTranslations("cart")
  const money = (amount: number) => formatMoney(amount, summary?.currency_code ?? "vnd", locale)
  const known = NOTICES.find((n) => n === notice) as Notice | undefined
  const groups = summary?.groups ?? []

  return (
    <div className={`container ${styles.page}`}>
      <h1>{t("title")}</h1>
      {known && (
        <div className={styles.notice}>
          <FormAlert kind={known === "updated" || known === "removed" ? "success" : "error"} message={t(`notice.${known}`)} />
        </div>
      )}

      {!summary || groups.length === 0 ? (
        <div className={styles.empty}>
          <p>{t("empty")}</p>
          <Link href="/products" className="button">
            {t("browse")}
          </Link>
        </div>
      ) : (
        <div className={styles.layout}>
          <div className={styles.groups}>
            <p className="muted">{t("groupsIntro", { count: groups.length })}</p>
            {groups.map((group, index) => {
              const headingId = `producer-${index}`
              return (
                <section key={group.producer?.id ?? index} className={styles.group} aria-labelledby={headingId}>
                  <header className={styles.groupHead}>
                    <h2 id={headingId}>
                      {group.producer ? (
                        <Link href={`/producers/${group.producer.handle}`}>{group.producer.name}</Link>
                      ) : (
                        t("unknownProducer")
                      )}
                    </h2>
                    {group.producer?.village && <p className={styles.village}>{group.producer.village.name}</p>}
                  </header>
                  <ul className={styles.items}>
                    {group.items.map((item) => {
                      const limits = stepperLimits(item)
                      return (
                        <li key={item.id} className={styles.item}>
                          {item.thumbnail ? (
                            <img src={item.thumbnail} alt="" width={72} height={72} className={styles.thumb} loading="lazy" />
                          ) : (
                            <span className={styles.thumb} aria-hidden="true" />
                          )}
                          <div className={styles.itemInfo}>
                            <p className={styles.itemTitle}>
                              {item.product_handle ? <Link href={`/products/${item.product_handle}`}>{item.title}</Link> : item.title}
                            </p>
                            {item.variant_title && <p className="muted">{item.variant_title}</p>}
                            <p className="muted">{t("unitPrice", { price: money(item.unit_price) })}</p>
                            {limits.overStock && item.available_quantity !== null && (
                              <p className={styles.warning}>{t("onlyLeft", { count: item.available_quantity })}</p>
                            )}
                          </div>
                          <div className={styles.itemActions}>
                            <div className={styles.stepper} role="group" aria-label={t("quantityOf", { title: item.title })}>
                              <form action={updateCartLine}>
                                <input type="hidden" name="line_id" value={item.id} />
                                <input type="hidden" name="quantity" value={limits.decrease ?? 0} />
                                <button
                                  type="submit"
                                  className={styles.stepButton}
                                  aria-label={limits.decrease ? t("decrease", { title: item.title }) : t("remove", { title: item.title })}
                                >
                                  −
                                </button>
                              </form>
                              <span className={styles.quantity}>
                                <span className="visually-hidden">{t("quantity")}: </span>
                                {item.quantity}
                              </span>
                              <form action={updateCartLine}>
                                <input type="hidden" name="line_id" value={item.id} />
                                <input type="hidden" name="quantity" value={limits.increase ?? item.quantity} />
                                <button
                                  type="submit"
                                  className={styles.stepButton}
                                  aria-label={t("increase", { title: item.title })}
                                  disabled={limits.increase === null}
                                >
                                  +
                                </button>
                              </form>
                            </div>
                            <p className={styles.lineTotal}>{money(item.subtotal)}</p>
                            <form action={removeCartLine}>
                              <input type="hidden" name="line_id" value={item.id} />
                              <button type="submit" className={styles.removeButton}>
                                {t("removeShort")}
                                <span className="visually-hidden"> {item.title}</span>
                              </button>
                            </form>
                          </div>
                        </li>
                      )
                    })}
                  </ul>
                  <dl className={styles.groupTotals}>
                    <div>
                      <dt>{t("groupSubtotal")}</dt>
                      <dd>{money(group.item_subtotal)}</dd>
                    </div>
                    <div>
                      <dt>{t("groupShipping")}</dt>
                      <dd>{summary.shipping_option ? money(group.shipping_total) : t("shippingLater")}</dd>
                    </div>
                  </dl>
                  <p className={styles.shipNote}>{t("parcelNote")}</p>
                </section>
              )
            })}
          </div>

          <aside className={styles.totals} aria-labelledby="cart-totals">
            <h2 id="cart-totals">{t("totalsTitle")}</h2>
            <CartTotals summary={summary} locale={locale} />
            <Link href="/checkout" className={`button ${styles.checkout}`}>
              {t("checkout")}
            </Link>
          </aside>
        </div>
      )}
    </div>
  )
}

/** Items, shipping (one parcel per producer) and total; shared with the checkout summary. */
export async function CartTotals({ summary, locale }: { summary: CartSummary; locale: AppLocale }) {
  const t = await getTranslations("cart")
  const money = (amount: number) => formatMoney(amount, summary.currency_code, locale)
  const shipping = shippingBreakdown(summary)
  return (
    <dl className={styles.totalList}>
      <div>
        <dt>{t("itemTotal")}</dt>
        <dd>{money(summary.item_total)}</dd>
      </div>
      <div>
        <dt>
          {t("shipping")}
          <span className={styles.shipDetail}>
            {shipping.perParcel !== null
              ? t("shippingDetail", { count: shipping.parcels, price: money(shipping.perParcel) })
              : t("shippingParcels", { count: shipping.parcels })}
          </span>
        </dt>
        <dd>{shipping.total !== null ? money(shipping.total) : t("shippingLater")}</dd>
      </div>
      <div className={styles.grandTotal}>
        <dt>{t("total")}</dt>
        <dd>{money(summary.total)}</dd>
      </div>
    </dl>
  )
}
