import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Producer } from "@/lib/types"
import { localized } from "@/lib/util/village-view"
import styles from "./producer-card.module.css"

/** Who made the product and where: producer and craft village (each linking to its page), commune, province. */
export async function ProducerCard({ producer }: { producer: Producer | null | undefined }) {
  const [t, legalKind, locale] = await Promise.all([getTranslations("product"), getTranslations("legalKind"), getLocale()])
  const village = producer?.craft_village

  return (
    <section className={styles.card} aria-labelledby="maker-title">
      <h2 id="maker-title" className={styles.heading}>
        {t("makerTitle")}
      </h2>
      {producer ? (
        <>
          <p className={styles.name}>
            <Link href={`/producers/${producer.handle}`} className={styles.nameLink}>
              {producer.name}
            </Link>
          </p>
          <dl className={styles.facts}>
            {producer.legal_kind && (
              <div>
                <dt>{t("legalKind")}</dt>
                <dd>{legalKind(producer.legal_kind)}</dd>
              </div>
            )}
            {village && (
              <div>
                <dt>{t("village")}</dt>
                <dd>
                  <Link href={`/villages/${village.handle}`}>{localized(locale, village.name, village.name_en)}</Link>
                </dd>
              </div>
            )}
            {village?.commune && (
              <div>
                <dt>{t("commune")}</dt>
                <dd>{village.commune}</dd>
              </div>
            )}
            {village?.province && (
              <div>
                <dt>{t("province")}</dt>
                <dd>{village.province}</dd>
              </div>
            )}
          </dl>
        </>
      ) : (
        <p className="muted">{t("noProducer")}</p>
      )}
    </section>
  )
}
