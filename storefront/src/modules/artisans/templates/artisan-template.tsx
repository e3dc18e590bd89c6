import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { ethnicGroupName, localized, paragraphs } from "@/lib/util/village-view"
import type { ArtisanDetail } from "@/lib/village-types"
import { Breadcrumb, type Crumb } from "@/modules/common/components/breadcrumb"
import sections from "@/modules/villages/components/page-sections.module.css"
import { ArtisanPortrait } from "../components/artisan-portrait"
import { WorksGallery } from "../components/works-gallery"
import styles from "./artisan-template.module.css"

export async function ArtisanTemplate({ artisan, locale }: { artisan: ArtisanDetail; locale: AppLocale }) {
  const [t, title] = await Promise.all([getTranslations("artisan"), getTranslations("artisanTitle")])
  const village = artisan.craft_village
  const villageName = village ? localized(locale, village.name, village.name_en) : null
  const bio = paragraphs(localized(locale, artisan.bio, artisan.bio_en))
  const titleText = title(artisan.title)
  const crumbs: Crumb[] = [
    { label: t("home"), href: "/" },
    { label: t("villages"), href: "/villages" },
    ...(village && villageName ? [{ label: villageName, href: `/villages/${village.handle}` }] : []),
    { label: artisan.name },
  ]

  return (
    <div className={`container ${sections.page}`}>
      <Breadcrumb label={t("breadcrumb")} crumbs={crumbs} />

      <header className={styles.head}>
        <ArtisanPortrait name={artisan.name} url={artisan.portrait_url} size={96} />
        <div className={styles.headText}>
          <p className={sections.eyebrow}>{titleText}</p>
          <h1 className={sections.title}>{artisan.name}</h1>
        </div>
      </header>

      <div className={styles.layout}>
        <section className={sections.panel} aria-labelledby="facts-title">
          <h2 id="facts-title" className="visually-hidden">
            {t("titleLabel")}
          </h2>
          <dl className={sections.facts}>
            <div>
              <dt>{t("titleLabel")}</dt>
              <dd>
                {artisan.title_year ? t("titleWithYear", { title: titleText, year: String(artisan.title_year) }) : titleText}
              </dd>
            </div>
            <div>
              <dt>{t("ethnicGroup")}</dt>
              <dd>{ethnicGroupName(locale, artisan.ethnic_group)}</dd>
            </div>
            {village && villageName && (
              <div>
                <dt>{t("village")}</dt>
                <dd>
                  <Link href={`/villages/${village.handle}`}>{villageName}</Link>
                </dd>
              </div>
            )}
            {artisan.producer && (
              <div>
                <dt>{t("producer")}</dt>
                <dd>
                  <Link href={`/producers/${artisan.producer.handle}`}>{artisan.producer.name}</Link>
                </dd>
              </div>
            )}
          </dl>
        </section>

        <section aria-labelledby="bio-title" className={sections.prose}>
          <h2 id="bio-title" className={styles.bioTitle}>
            {t("bioTitle")}
          </h2>
          {bio.map((text, index) => (
            <p key={index}>{text}</p>
          ))}
        </section>
      </div>

      <section className={sections.section} aria-labelledby="works-title">
        <h2 id="works-title">{t("worksTitle")}</h2>
        {artisan.works.length > 0 ? (
          <WorksGallery works={artisan.works} locale={locale} />
        ) : (
          <p className="muted">{t("noWorks")}</p>
        )}
      </section>
    </div>
  )
}
