import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import type { MarkPage } from "@/lib/certificates/types"
import { formatCertificateDate, localized, markKindLabel, markName, productsByProducer } from "@/lib/certificates/view"
import type { ShopProduct } from "@/lib/types"
import { productListQuery } from "@/lib/util/search-params"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"
import { productCardFromProduct } from "@/lib/util/product-card"
import { ProductGrid } from "@/modules/products/components/product-grid"
import sections from "@/modules/villages/components/page-sections.module.css"
import { AreaMap } from "../components/area-map"
import styles from "./marks.module.css"

/**
 * One GI or mark: what makes the product distinctive, its registration, the area (a map
 * when its boundaries are known, and the communes with their pre-2025 names), and the
 * producers licensed to use it with the products they sell under it.
 */
export async function MarkTemplate({ page, locale, products }: { page: MarkPage; locale: AppLocale; products: ShopProduct[] }) {
  const t = await getCertificatesTranslations("certificates.mark")
  const { mark, producers } = page
  const name = markName(mark, locale)
  const kind = markKindLabel(mark.kind, locale)
  const description = (localized(locale, mark.description, mark.description_en) ?? "")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  const decisionDate = formatCertificateDate(mark.decision_date, locale)
  const properties = mark.properties ?? []
  const area = mark.area ?? []
  const product = mark.product_name || name
  const groups = productsByProducer(producers, products)

  return (
    <div className={`container ${sections.page}`}>
      <Breadcrumb label={t("breadcrumb")} crumbs={[{ label: t("home"), href: "/" }, { label: t("marks"), href: "/marks" }, { label: name }]} />

      <header>
        <p className={sections.eyebrow}>{kind}</p>
        <h1 className={sections.title}>{name}</h1>
        {mark.product_name && <p className={sections.subtitle}>{mark.product_name}</p>}
      </header>

      <div className={styles.layout}>
        <div className={styles.main}>
          {mark.image_url && (
            <img src={mark.image_url} alt="" width={800} height={450} className={styles.image} fetchPriority="high" decoding="async" />
          )}
          {description.length > 0 && (
            <div className={sections.prose}>
              {description.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          )}
          <section aria-labelledby="properties-title" className={sections.section}>
            <h2 id="properties-title" className={styles.sectionTitle}>
              {t("propertiesTitle")}
            </h2>
            {properties.length > 0 ? (
              <div className={styles.tableWrap}>
                <table className={styles.table}>
                  <caption>{t("propertiesCaption", { product })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("property")}</th>
                      <th scope="col">{t("value")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {properties.map((property, index) => (
                      <tr key={index}>
                        <th scope="row">{localized(locale, property.name, property.name_en)}</th>
                        <td>{property.value}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="muted">{t("noProperties")}</p>
            )}
          </section>
        </div>

        <aside className={styles.aside}>
          <section className={sections.panel} aria-labelledby="registration-title">
            <h2 id="registration-title">{t("factsTitle")}</h2>
            <dl className={sections.facts}>
              <div>
                <dt>{t("kind")}</dt>
                <dd>{kind}</dd>
              </div>
              {mark.product_name && (
                <div>
                  <dt>{t("product")}</dt>
                  <dd>{mark.product_name}</dd>
                </div>
              )}
              {mark.certificate_number && (
                <div>
                  <dt>{t("certificateNumber")}</dt>
                  <dd>{mark.certificate_number}</dd>
                </div>
              )}
              {mark.decision_number && (
                <div>
                  <dt>{t("decision")}</dt>
                  <dd>{decisionDate ? t("decisionValue", { number: mark.decision_number, date: decisionDate }) : mark.decision_number}</dd>
                </div>
              )}
              {mark.managing_body && (
                <div>
                  <dt>{t("managingBody")}</dt>
                  <dd>{mark.managing_body}</dd>
                </div>
              )}
            </dl>
          </section>
        </aside>
      </div>

      <section aria-labelledby="area-title" className={sections.section}>
        <h2 id="area-title">{t("areaTitle")}</h2>
        <div className={styles.areaLayout}>
          {mark.area_geojson ? <AreaMap geojson={mark.area_geojson} label={t("mapLabel", { name })} note={t("mapNote")} approximateNote={t("mapApproximate")} /> : null}
          <div>
            <h3 className={styles.producerName}>{t("communesTitle")}</h3>
            {area.length > 0 ? (
              <>
                <p className="muted">{t("communeCount", { count: area.length })}</p>
                <ul className={styles.communes}>
                  {area.map((entry, index) => (
                    <li key={`${entry.commune}-${index}`}>
                      <span className={styles.communeName}>{entry.commune}</span>
                      {entry.province && <>, {entry.province}</>}
                      {entry.former_names && entry.former_names.length > 0 && (
                        <span className={styles.former}>{t("formerNames", { names: entry.former_names.join(", ") })}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">{t("noArea")}</p>
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby="producers-title" className={sections.section}>
        <h2 id="producers-title">{t("producersTitle")}</h2>
        <p className={styles.lead}>{t("producersLead")}</p>
        {groups.length === 0 ? (
          <p className="muted">{t("noProducers")}</p>
        ) : (
          <ul className={styles.producers}>
            {groups.map(({ producer, products: cards }) => {
              const granted = formatCertificateDate(producer.right?.granted_at, locale)
              const expires = formatCertificateDate(producer.right?.expires_at, locale)
              const place = [producer.commune, producer.province].filter(Boolean).join(", ")
              return (
                <li key={producer.id}>
                  <article aria-labelledby={`producer-${producer.id}`}>
                    <div className={styles.producer}>
                      {producer.logo_url ? (
                        <img src={producer.logo_url} alt="" width={48} height={48} className={styles.logo} loading="lazy" />
                      ) : (
                        <span className={styles.initial} aria-hidden="true">
                          {producer.name.trim().charAt(0).toLocaleUpperCase("vi")}
                        </span>
                      )}
                      <div className={styles.producerBody}>
                        <h3 id={`producer-${producer.id}`} className={styles.producerName}>
                          <Link href={`/producers/${producer.handle}`}>{producer.name}</Link>
                        </h3>
                        {place && <p>{place}</p>}
                        <p>
                          {granted && t("granted", { date: granted })}
                          {granted && " · "}
                          {expires ? t("expires", { date: expires }) : t("noExpiry")}
                        </p>
                      </div>
                    </div>
                    {cards.length > 0 ? (
                      <ProductGrid cards={cards.map(productCardFromProduct)} locale={locale} headingLevel="h4" />
                    ) : (
                      <p className="muted">{t("noProducts")}</p>
                    )}
                  </article>
                </li>
              )
            })}
          </ul>
        )}
        {groups.some((group) => group.products.length > 0) && (
          <p className={styles.back}>
            <Link href={`/products${productListQuery({ mark: mark.handle })}`} className="button button-secondary">
              {t("shopProducts", { name })}
            </Link>
          </p>
        )}
      </section>

      <p className={styles.back}>
        <Link href="/marks">← {t("back")}</Link>
      </p>
    </div>
  )
}
