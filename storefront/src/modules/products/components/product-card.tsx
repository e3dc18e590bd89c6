import { formatMoney } from "@cln/domain"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { ShopProduct } from "@/lib/types"
import { cheapestPrice } from "@/lib/util/price"
import { productImageUrls } from "@/lib/util/product-view"
import { isSoldOut } from "@/lib/util/stock"
import { CertificateBadges } from "@/modules/certificates/components/certificate-badges"
import styles from "./product-card.module.css"

export async function ProductCard({
  product,
  locale,
  priority = false,
  headingLevel = "h3",
}: {
  product: ShopProduct
  locale: AppLocale
  headingLevel?: "h2" | "h3" | "h4"
  /** Above the fold: load the image eagerly. */
  priority?: boolean
}) {
  const t = await getTranslations("products")
  const image = productImageUrls(product)[0]
  const price = cheapestPrice(product.variants)
  const soldOut = isSoldOut(product.variants)
  const producer = product.producer
  const village = producer?.craft_village
  const craft = product.categories?.[0]
  const Heading = headingLevel

  return (
    <article className={styles.card}>
      <div className={styles.media}>
        {image ? (
          <img
            src={image}
            alt={product.title}
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
        {craft && <p className={styles.craft}>{craft.name}</p>}
        <Heading className={styles.title}>
          <Link href={`/products/${product.handle}`} className={styles.link}>
            {product.title}
          </Link>
        </Heading>
        {producer && (
          <p className={styles.maker}>
            <span className="visually-hidden">{t("producerBy")}: </span>
            {producer.name}
          </p>
        )}
        {village && (
          <p className={styles.village}>
            <span className="visually-hidden">{t("village")}: </span>
            {village.name}
          </p>
        )}
        <CertificateBadges product={product} locale={locale} />
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
