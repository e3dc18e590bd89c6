import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { PublicProducer } from "@/lib/village-types"
import styles from "./producer-summary-card.module.css"

/** A producer in a village: name (linking to its page), legal kind and what it has on sale. */
export async function ProducerSummaryCard({
  producer,
  productCount,
}: {
  producer: PublicProducer
  productCount: number
}) {
  const [t, legalKind] = await Promise.all([getTranslations("village"), getTranslations("legalKind")])

  return (
    <article className={styles.card}>
      {producer.logo_url ? (
        <img src={producer.logo_url} alt="" width={56} height={56} className={styles.logo} loading="lazy" />
      ) : (
        <span className={styles.mark} aria-hidden="true">
          {producer.name.trim().charAt(0).toLocaleUpperCase("vi")}
        </span>
      )}
      <div className={styles.body}>
        <h3 className={styles.name}>
          <Link href={`/producers/${producer.handle}`} className={styles.link}>
            {producer.name}
          </Link>
        </h3>
        <p className={styles.meta}>{legalKind(producer.legal_kind)}</p>
        <p className={styles.meta}>{t("productCount", { count: productCount })}</p>
      </div>
    </article>
  )
}
