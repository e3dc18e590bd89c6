import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { VnpayOutcome } from "@/lib/cart/vnpay"
import { FormAlert } from "@/modules/seller/components/form-alert"
import styles from "./checkout-template.module.css"

export async function VnpayReturnTemplate({
  outcome,
  purchaseId,
}: {
  locale: AppLocale
  outcome: VnpayOutcome
  purchaseId: string | null
}) {
  const t = await getTranslations("checkout.vnpay")
  const kind = outcome === "confirmed" || outcome === "confirming" ? "success" : outcome === "notPaid" ? "info" : "error"
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t(`heading.${outcome}`)}</h1>
      <div className={styles.steps}>
        <FormAlert kind={kind} message={t(`message.${outcome}`)} />
        <p>
          {purchaseId && outcome !== "invalid" && (
            <>
              <Link href={`/orders/${purchaseId}`} className="button">
                {t("viewOrder")}
              </Link>{" "}
            </>
          )}
          <Link href="/account">{t("accountLink")}</Link>
        </p>
      </div>
    </div>
  )
}
