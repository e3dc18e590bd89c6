import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { CraftCategory, ShopProduct } from "@/lib/types"
import { craftHandle, localized, mapMarkers, paragraphs } from "@/lib/util/village-view"
import type { VillageDetail } from "@/lib/village-types"
import { ArtisanCard } from "@/modules/artisans/components/artisan-card"
import { CraftIcon } from "@/modules/common/components/craft-icon"
import { ProducerSummaryCard } from "@/modules/producers/components/producer-summary-card"
import { productCardFromProduct } from "@/lib/util/product-card"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"
import sections from "../components/page-sections.module.css"
import { VillageMap } from "../components/village-map"
import styles from "./village-template.module.css"

export async function VillageTemplate({
  village,
  locale,
  crafts,
  products,
}: {
  village: VillageDetail
  locale: AppLocale
  crafts: CraftCategory[]
  /** Cards for the producers' products, priced for the visitor's region. */
  products: ShopProduct[]
}) {
  const [t, kind, status, format] = await Promise.all([
    getTranslations("village"),
    getTranslations("recognitionKind"),
    getTranslations("villageStatus"),
    getFormatter(),
  ])
  const name = localized(locale, village.name, village.name_en)
  const story = paragraphs(localized(locale, village.story, village.story_en))
  const craftNames = new Map(crafts.map((c) => [c.handle, c.name]))
  const markers = mapMarkers([village], () => ({ name, href: "", caption: `${village.commune}, ${village.province}` }))
  const decisionDate = village.decision_date
    ? format.dateTime(
        new Date(village.decision_date),
        // 08/07/2014 reads as 8 July in Vietnam but 7 August elsewhere: English spells the month.
        locale === "vi" ? { day: "2-digit", month: "2-digit", year: "numeric" } : { dateStyle: "medium" }
      )
    : null

  return (
    <div className={`container ${sections.page}`}>
      <Breadcrumb
        label={t("breadcrumb")}
        crumbs={[{ label: t("home"), href: "/" }, { label: t("villages"), href: "/villages" }, { label: name }]}
      />

      <header>
        <p className={sections.eyebrow}>{kind(village.recognition_kind)}</p>
        <h1 className={sections.title}>{name}</h1>
        <p className={sections.subtitle}>
          {village.commune}, {village.province}
        </p>
        <ul className={sections.chips} aria-label={t("crafts")}>
          {village.crafts.map((key) => (
            <li key={key}>
              <Link href={`/villages?craft=${encodeURIComponent(craftHandle(key))}`} className={sections.chip}>
                <CraftIcon handle={craftHandle(key)} size={18} />
                {craftNames.get(craftHandle(key)) ?? key}
              </Link>
            </li>
          ))}
        </ul>
      </header>

      <div className={styles.layout}>
        <div className={styles.main}>
          {village.image_url && (
            <img
              src={village.image_url}
              alt={t("imageAlt", { name })}
              width={800}
              height={800}
              className={styles.image}
              fetchPriority="high"
              decoding="async"
            />
          )}
          <section aria-labelledby="story-title" className={sections.prose}>
            <h2 id="story-title" className={styles.storyTitle}>
              {t("storyTitle")}
            </h2>
            {story.length > 0 ? story.map((text, index) => <p key={index}>{text}</p>) : <p className="muted">{t("noStory")}</p>}
          </section>
        </div>

        <aside className={styles.aside}>
          <section className={sections.panel} aria-labelledby="facts-title">
            <h2 id="facts-title">{t("factsTitle")}</h2>
            <dl className={sections.facts}>
              <div>
                <dt>{t("place")}</dt>
                <dd>
                  {village.commune}, {village.province}
                </dd>
              </div>
              {village.former_address && (
                <div>
                  <dt>{t("formerAddress")}</dt>
                  <dd>{village.former_address}</dd>
                </div>
              )}
              <div>
                <dt>{t("recognition")}</dt>
                <dd>
                  {kind(village.recognition_kind)}
                  {village.decision_no && decisionDate && (
                    <span className={styles.decision}>{t("decision", { number: village.decision_no, date: decisionDate })}</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t("households")}</dt>
                <dd>{format.number(village.households)}</dd>
              </div>
              <div>
                <dt>{t("workers")}</dt>
                <dd>{format.number(village.workers)}</dd>
              </div>
              <div>
                <dt>{t("status")}</dt>
                <dd>
                  <span className={`${sections.badge} ${village.status === "effective" ? "" : sections.badgeWarn}`}>
                    {status(village.status)}
                  </span>
                </dd>
              </div>
              {village.tourism && (
                <div>
                  <dt>{t("tourism")}</dt>
                  <dd>{t("tourismYes")}</dd>
                </div>
              )}
            </dl>
          </section>
          {markers.length > 0 && <VillageMap markers={markers} label={t("mapLabel")} zoom={10} compact />}
        </aside>
      </div>

      <section className={sections.section} aria-labelledby="producers-title">
        <h2 id="producers-title">{t("producersTitle")}</h2>
        {village.producers.length > 0 ? (
          <ul className={sections.cards}>
            {village.producers.map((producer) => (
              <li key={producer.handle}>
                <ProducerSummaryCard producer={producer} productCount={producer.products.length} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("noProducers")}</p>
        )}
      </section>

      {products.length > 0 && (
        <section className={sections.section} aria-labelledby="products-title">
          <h2 id="products-title">{t("productsTitle")}</h2>
          <ProductGrid cards={products.map(productCardFromProduct)} locale={locale} />
        </section>
      )}

      {village.artisans.length > 0 && (
        <section className={sections.section} aria-labelledby="artisans-title">
          <h2 id="artisans-title">{t("artisansTitle")}</h2>
          <ul className={sections.cards}>
            {village.artisans.map((artisan) => (
              <li key={artisan.handle}>
                <ArtisanCard artisan={artisan} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className={styles.back}>
        <Link href="/villages">← {t("allVillages")}</Link>
      </p>
    </div>
  )
}
