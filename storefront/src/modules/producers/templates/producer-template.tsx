import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { ShopProduct } from "@/lib/types"
import { localized, paragraphs } from "@/lib/util/village-view"
import type { ProducerDetail } from "@/lib/village-types"
import { ArtisanCard } from "@/modules/artisans/components/artisan-card"
import { productCardFromProduct } from "@/lib/util/product-card"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { Breadcrumb, type Crumb } from "@/modules/common/components/breadcrumb"
import sections from "@/modules/villages/components/page-sections.module.css"
import styles from "./producer-template.module.css"

export async function ProducerTemplate({
  producer,
  locale,
  products,
}: {
  producer: ProducerDetail
  locale: AppLocale
  /** Cards for the producer's products, priced for the visitor's region. */
  products: ShopProduct[]
}) {
  const [t, legalKind] = await Promise.all([getTranslations("producerPage"), getTranslations("legalKind")])
  const village = producer.craft_village
  const villageName = village ? localized(locale, village.name, village.name_en) : null
  const story = paragraphs(localized(locale, producer.story, producer.story_en))
  const crumbs: Crumb[] = [
    { label: t("home"), href: "/" },
    { label: t("villages"), href: "/villages" },
    ...(village && villageName ? [{ label: villageName, href: `/villages/${village.handle}` }] : []),
    { label: producer.name },
  ]

  return (
    <div className={`container ${sections.page}`}>
      <Breadcrumb label={t("breadcrumb")} crumbs={crumbs} />

      <header className={styles.head}>
        {producer.logo_url && (
          <img src={producer.logo_url} alt={t("logoAlt", { name: producer.name })} width={80} height={80} className={styles.logo} />
        )}
        <div className={styles.headText}>
          <p className={sections.eyebrow}>{legalKind(producer.legal_kind)}</p>
          <h1 className={sections.title}>{producer.name}</h1>
          {village && villageName && (
            <p className={sections.subtitle}>
              <span className="visually-hidden">{t("village")}: </span>
              <Link href={`/villages/${village.handle}`}>{villageName}</Link>
              <span aria-hidden="true"> · </span>
              <span>
                {village.commune}, {village.province}
              </span>
            </p>
          )}
        </div>
      </header>

      <section aria-labelledby="about-title" className={`${sections.prose} ${styles.about}`}>
        <h2 id="about-title" className="visually-hidden">
          {t("storyTitle")}
        </h2>
        {story.length > 0 ? story.map((text, index) => <p key={index}>{text}</p>) : <p className="muted">{t("noStory")}</p>}
      </section>

      <section className={sections.section} aria-labelledby="products-title">
        <h2 id="products-title">{t("productsTitle")}</h2>
        {products.length > 0 ? (
          <ProductGrid cards={products.map(productCardFromProduct)} locale={locale} />
        ) : (
          <p className="muted">{t("noProducts")}</p>
        )}
      </section>

      {producer.artisans.length > 0 && (
        <section className={sections.section} aria-labelledby="artisans-title">
          <h2 id="artisans-title">{t("artisansTitle")}</h2>
          <ul className={sections.cards}>
            {producer.artisans.map((artisan) => (
              <li key={artisan.handle}>
                <ArtisanCard artisan={artisan} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
