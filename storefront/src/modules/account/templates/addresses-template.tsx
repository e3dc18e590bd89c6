import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { deleteCustomerAddress, type AddressBookState } from "@/lib/actions/account"
import type { CustomerAddress } from "@/lib/account/types"
import { addressLine } from "@/lib/cart/address-form"
import type { PlaceOption } from "@/lib/data/addresses"
import { ShopIntlProvider } from "@/modules/checkout/components/shop-intl-provider"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { AddressBookForm } from "../components/address-book-form"
import styles from "./account.module.css"

export async function AddressesTemplate({
  addresses,
  editing,
  initial,
  provinces,
  countries,
  notice,
}: {
  addresses: CustomerAddress[]
  editing: CustomerAddress | null
  initial: AddressBookState
  provinces: PlaceOption[]
  countries: PlaceOption[]
  notice: "saved" | "deleted" | null
}) {
  const t = await getTranslations("account.addresses")
  return (
    <ShopIntlProvider>
      <div className={`container ${styles.page}`}>
        <p>
          <Link href="/account">{t("back")}</Link>
        </p>
        <h1>{t("title")}</h1>
        {notice && <FormAlert kind="success" message={t(notice)} />}
        {addresses.length === 0 ? (
          <p className="muted">{t("none")}</p>
        ) : (
          <ul className={styles.list}>
            {addresses.map((address) => (
              <li key={address.id} className={styles.card}>
                <p>
                  <strong>{[address.first_name, address.last_name].filter(Boolean).join(" ")}</strong>
                  {address.phone ? ` · ${address.phone}` : ""}
                  <br />
                  {addressLine(address)}
                </p>
                <div className={styles.actions}>
                  <Link href={`/account/addresses?edit=${address.id}#address-form`}>
                    {t("edit")}
                    <span className="visually-hidden"> {addressLine(address)}</span>
                  </Link>
                  <form action={deleteCustomerAddress}>
                    <input type="hidden" name="address_id" value={address.id} />
                    <button type="submit" className={styles.linkButton}>
                      {t("delete")}
                      <span className="visually-hidden"> {addressLine(address)}</span>
                    </button>
                  </form>
                </div>
              </li>
            ))}
          </ul>
        )}
        <section id="address-form" aria-labelledby="address-form-title" className={styles.card}>
          <h2 id="address-form-title">{editing ? t("editTitle") : t("addTitle")}</h2>
          <AddressBookForm initial={initial} addressId={editing?.id ?? null} provinces={provinces} countries={countries} />
          {editing && <Link href="/account/addresses">{t("cancelEdit")}</Link>}
        </section>
      </div>
    </ShopIntlProvider>
  )
}
