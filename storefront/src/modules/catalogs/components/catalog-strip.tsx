import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { StoreCatalog } from "@/lib/catalogs/types"
import { catalogLastDay, catalogText, storyParagraphs } from "@/lib/catalogs/view"
import styles from "./catalog-strip.module.css"

/** The home page's "Bộ sưu tập đang giới thiệu": the catalogs on show now, each a card to open. */
export async function CatalogStrip({ catalogs, locale }: { catalogs: StoreCatalog[]; locale: AppLocale }) {
  if (!catalogs.length) return null
  const t = await getTranslations({ locale, namespace: "catalogs" })
  return (
    <section className="container section" aria-labelledby="catalogs-title" style={{ paddingTop: 0 }}>
      <div className="section-head">
        <h2 id="catalogs-title">{t("homeHeading")}</h2>
      </div>
      <ul className={styles.list}>
        {catalogs.map((catalog) => {
          const { title, story } = catalogText(catalog, locale)
          const lastDay = catalogLastDay(catalog, locale)
          return (
            <li key={catalog.id}>
              <Link href={`/catalogs/${catalog.handle}`} className={styles.card}>
                {catalog.hero_image_url && <img className={styles.image} src={catalog.hero_image_url} alt="" width={640} height={140} loading="lazy" />}
                <h3 className={styles.title}>{title}</h3>
                {story && <p className={styles.story}>{storyParagraphs(story)[0]}</p>}
                <p className={styles.meta}>
                  {t("productCount", { count: catalog.products.length })}
                  {lastDay ? ` · ${t("until", { date: lastDay })}` : ""}
                </p>
              </Link>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
