import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import { localized } from "@/lib/util/village-view"
import type { ArtisanWork } from "@/lib/village-types"
import styles from "./works-gallery.module.css"

/** The artisan's representative works: picture, title, year and a short description each. */
export async function WorksGallery({ works, locale }: { works: ArtisanWork[]; locale: AppLocale }) {
  const t = await getTranslations("artisan")

  return (
    <ul className={styles.gallery}>
      {works.map((work, index) => {
        const title = localized(locale, work.title, work.title_en)
        const description = localized(locale, work.description, work.description_en)
        return (
          <li key={`${index}-${work.title}`}>
            <figure className={styles.work}>
              {work.image_url ? (
                <img
                  src={work.image_url}
                  alt={title}
                  width={600}
                  height={600}
                  loading={index < 2 ? "eager" : "lazy"}
                  decoding="async"
                  className={styles.image}
                />
              ) : (
                <div className={styles.placeholder} aria-hidden="true" />
              )}
              <figcaption className={styles.caption}>
                <span className={styles.title}>{title}</span>
                {work.year && <span className={styles.year}>{t("workYear", { year: String(work.year) })}</span>}
                {description && <span className={styles.description}>{description}</span>}
              </figcaption>
            </figure>
          </li>
        )
      })}
    </ul>
  )
}
