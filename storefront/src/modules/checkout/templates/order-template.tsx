import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { PaymentKind } from "@/lib/cart/payment"
import type { Purchase } from "@/lib/cart/types"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { PurchaseDetails } from "../components/purchase-details"
import styles from "./checkout-template.module.css"

export async function OrderTemplate({
  purchase,
  locale,
  placed,
  paymentKind,
}: {
  purchase: Purchase
  locale: AppLocale
  placed: boolean
  paymentKind: PaymentKind | null
}) {
  const t = await getTranslations("orders")
  return (
    <div className={`container ${styles.page}`}>
      {placed ? (
        <>
          <h1>{t("thanks")}</h1>
          <div className={styles.steps}>
            <FormAlert
              kind="success"
              message={t("placedNote", { count: purchase.orders.length })}
            />
            {paymentKind === "stripe" && <FormAlert kind="info" message={t("stripePending")} />}
          </div>
        </>
      ) : (
        <h1>{t("title")}</h1>
      )}
      <p className="muted">{t("reference", { id: purchase.id })}</p>
      <PurchaseDetails purchase={purchase} locale={locale} paymentKind={paymentKind} />
      <p>
        <Link href="/products">{t("continueShopping")}</Link>
        {" · "}
        <Link href="/account">{t("accountLink")}</Link>
      </p>
    </div>
  )
}
