import { formatMoney } from "@cln/domain"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { ProductCardView } from "@/lib/util/product-card"
import { CertificateBadges } from "@/modules/certificates/components/certificate-badges"
import styles from "./product-card.module.css"

export async function ProductCard({
  card,
  locale,
  priority = false,
  headingLevel = "h3",
}: {
  card: ProductCardView
  locale: AppLocale
  headingLevel?: "h2" | "h3" | "h4"
  /** Above the fold: load the image eagerly. */
  priority?: boolean
}) {
  const t = await getTranslations("products")
  const { image, price, soldOut } = card
  const Heading = headingLevel

  return (
    <article className={styles.card}>
      <div className={styles.media}>
        {image ? (
          <img
            src={image}
            alt={card.title}
            width={480}
            height={480}
            loading={priority ? "eager" : "lazy"}
            decoding="async"
            className={styles.image}
          />
        ) : (
          <div className={styles.placeholder} aria-hidden="true" />
        )}
        {soldOut && <span className={styles.soldOut}>{t("soldOut")}</span>}
      </div>
      <div className={styles.body}>
        {card.craftName && <p className={styles.craft}>{card.craftName}</p>}
        <Heading className={styles.title}>
          <Link href={`/products/${card.handle}`} className={styles.link}>
            {card.title}
          </Link>
        </Heading>
        {card.producerName && (
          <p className={styles.maker}>
            <span className="visually-hidden">{t("producerBy")}: </span>
            {card.producerName}
          </p>
        )}
        {card.villageName && (
          <p className={styles.village}>
            <span className="visually-hidden">{t("village")}: </span>
            {card.villageName}
          </p>
        )}
        <CertificateBadges product={{ ocop_badge: card.ocopStars === null ? null : { stars: card.ocopStars }, geo_marks: card.marks }} locale={locale} />
        <p className={styles.price}>
          {price
            ? price.isRange
              ? t("from", { price: formatMoney(price.amount, price.currencyCode, locale) })
              : formatMoney(price.amount, price.currencyCode, locale)
            : t("noPrice")}
        </p>
      </div>
    </article>
  )
}
