import { formatMoney } from "@cln/domain"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { chooseSavedAddress, type AddressFormState } from "@/lib/actions/checkout"
import type { CustomerAddress } from "@/lib/account/types"
import { addressLine } from "@/lib/cart/address-form"
import type { PaymentMethod } from "@/lib/cart/payment"
import type { CartSummary, ShippingOption } from "@/lib/cart/types"
import type { PlaceOption } from "@/lib/data/addresses"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { CheckoutAddressForm } from "../components/checkout-address-form"
import { OrderSummary } from "../components/order-summary"
import { PlaceOrderForm } from "../components/place-order-form"
import { ShopIntlProvider } from "../components/shop-intl-provider"
import styles from "./checkout-template.module.css"

export async function CheckoutTemplate({
  locale,
  summary,
  addressState,
  provinces,
  countries,
  savedAddresses,
  signedIn,
  shippingOptions,
  payments,
  addressError,
}: {
  locale: AppLocale
  summary: CartSummary
  addressState: AddressFormState
  provinces: PlaceOption[]
  countries: PlaceOption[]
  savedAddresses: CustomerAddress[]
  signedIn: boolean
  shippingOptions: ShippingOption[]
  payments: PaymentMethod[]
  addressError: boolean
}) {
  const t = await getTranslations("checkout")
  const money = (amount: number) => formatMoney(amount, summary.currency_code, locale)
  const parcels = summary.groups.length
  const shippingChoices = shippingOptions.map((option) => ({
    value: option.id,
    label: t("shippingChoice", {
      name: option.name,
      price: money(option.amount),
      count: parcels,
      total: money(option.amount * parcels),
    }),
  }))
  const paymentChoices = payments.map((method) => ({ value: method.id, label: t(`payment.${method.kind}`) }))
  const paymentNotes = payments.map((method) => t(`paymentNote.${method.kind}`))

  return (
    <ShopIntlProvider>
      <div className={`container ${styles.page}`}>
        <h1>{t("title")}</h1>
        {!signedIn && (
          <p className={styles.signIn}>
            {t("guestNote")} <Link href={`/account/login?next=/${locale}/checkout`}>{t("signInLink")}</Link>
          </p>
        )}
        <div className={styles.layout}>
          <div className={styles.steps}>
            <section className={styles.step} aria-labelledby="step-address">
              <h2 id="step-address">
                <span className={styles.stepNumber} aria-hidden="true">
                  1
                </span>
                {t("addressTitle")}
              </h2>
              {addressError && <FormAlert kind="error" message={t("savedAddressFailed")} />}
              {savedAddresses.length > 0 && (
                <div className={styles.saved}>
                  <h3>{t("savedAddresses")}</h3>
                  <ul>
                    {savedAddresses.map((address) => (
                      <li key={address.id}>
                        <form action={chooseSavedAddress}>
                          <input type="hidden" name="address_id" value={address.id} />
                          <p>
                            <strong>{[address.first_name, address.last_name].filter(Boolean).join(" ")}</strong>
                            {address.phone ? ` · ${address.phone}` : ""}
                            <br />
                            {addressLine(address)}
                          </p>
                          <button type="submit" className="button button-secondary">
                            {t("useThisAddress")}
                          </button>
                        </form>
                      </li>
                    ))}
                  </ul>
                  <p className="muted">{t("orNewAddress")}</p>
                </div>
              )}
              <CheckoutAddressForm initial={addressState} provinces={provinces} countries={countries} />
            </section>

            <section id="review" className={styles.step} aria-labelledby="step-review" tabIndex={-1}>
              <h2 id="step-review">
                <span className={styles.stepNumber} aria-hidden="true">
                  2
                </span>
                {t("reviewTitle")}
              </h2>
              {!summary.shipping_address ? (
                <p className="muted">{t("addressFirst")}</p>
              ) : shippingOptions.length === 0 ? (
                <FormAlert kind="error" message={t("noShipping")} />
              ) : payments.length === 0 ? (
                <FormAlert kind="error" message={t("noPaymentMethod")} />
              ) : (
                <>
                  <p className={styles.deliverTo}>
                    {t("deliverTo")}{" "}
                    <strong>
                      {[summary.shipping_address.first_name, summary.shipping_address.last_name].filter(Boolean).join(" ")}
                    </strong>
                    , {addressLine(summary.shipping_address)}
                  </p>
                  <PlaceOrderForm
                    shippingOptions={shippingChoices}
                    shippingDefault={summary.shipping_option?.id ?? shippingChoices[0]?.value}
                    payments={paymentChoices}
                    paymentNotes={paymentNotes}
                    total={money(summary.total)}
                  />
                </>
              )}
            </section>
          </div>
          <OrderSummary summary={summary} locale={locale} />
        </div>
      </div>
    </ShopIntlProvider>
  )
}
