import type { ReactNode } from "react"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { SellerSession } from "@/lib/seller-types"
import { currentMonthPeriod } from "@/lib/util/settlement-period"
import { LogoutButton } from "../components/logout-button"
import { ProducerStatusChip } from "./producer-status-chip"
import styles from "./seller.module.css"

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

export async function ProfileTemplate({ session }: { session: SellerSession }) {
  const [t, legalKind] = await Promise.all([getTranslations("seller.profile"), getTranslations("legalKind")])
  const { producer, member } = session
  const none = <span className="muted">{t("none")}</span>
  const village = producer.craft_village
  const locale = await getLocale()
  const { from: monthStart, to: today } = currentMonthPeriod()

  return (
    <>
      <div className={styles.pageHead}>
        <h1>{t("title")}</h1>
      </div>
      <p className="muted">{t("lead")}</p>
      <div className={styles.stack}>
        <section className={styles.card} aria-labelledby="profile-shop">
          <h2 id="profile-shop">{t("shop")}</h2>
          <dl className={styles.facts}>
            <Fact label={t("name")}>{producer.name}</Fact>
            <Fact label={t("handle")}>
              {producer.status === "approved" ? <Link href={`/producers/${producer.handle}`}>{producer.handle}</Link> : producer.handle}
            </Fact>
            <Fact label={t("status")}>
              <ProducerStatusChip status={producer.status} />
            </Fact>
            <Fact label={t("legalKind")}>{legalKind(producer.legal_kind)}</Fact>
            <Fact label={t("taxCode")}>{producer.tax_code || none}</Fact>
            <Fact label={t("village")}>
              {village ? [village.name, village.commune, village.province].filter(Boolean).join(", ") : none}
            </Fact>
            <Fact label={t("story")}>{producer.story || none}</Fact>
          </dl>
        </section>
        <section className={styles.card} aria-labelledby="profile-contact">
          <h2 id="profile-contact">{t("contact")}</h2>
          <dl className={styles.facts}>
            <Fact label={t("phone")}>{producer.phone || none}</Fact>
            <Fact label={t("email")}>{producer.email || none}</Fact>
            <Fact label={t("address")}>{producer.address || none}</Fact>
          </dl>
        </section>
        <section className={styles.card} aria-labelledby="profile-settlement">
          <h2 id="profile-settlement">{t("settlementTitle")}</h2>
          <p className="muted">{t("settlementLead")}</p>
          {/* A plain GET form: works without JavaScript and downloads the file. */}
          <form method="get" action={`/${locale}/seller/settlements`} className={styles.stack}>
            <label>
              {t("settlementFrom")}
              <input type="date" name="from" required defaultValue={monthStart} />
            </label>
            <label>
              {t("settlementTo")}
              <input type="date" name="to" required defaultValue={today} />
            </label>
            <button type="submit">{t("settlementDownload")}</button>
          </form>
        </section>
        <section className={styles.card} aria-labelledby="profile-member">
          <h2 id="profile-member">{t("member")}</h2>
          <dl className={styles.facts}>
            <Fact label={t("memberName")}>{member.name}</Fact>
            <Fact label={t("memberEmail")}>{member.email}</Fact>
          </dl>
          <LogoutButton />
        </section>
      </div>
    </>
  )
}
