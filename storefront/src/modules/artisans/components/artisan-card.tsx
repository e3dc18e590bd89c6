import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { ethnicGroupName } from "@/lib/util/village-view"
import type { ArtisanSummary } from "@/lib/village-types"
import { ArtisanPortrait } from "./artisan-portrait"
import styles from "./artisan-card.module.css"

/** An artisan in a list: portrait or initials, name (linking to their page), title in words and year. */
export async function ArtisanCard({ artisan, locale }: { artisan: ArtisanSummary; locale: AppLocale }) {
  const [t, title] = await Promise.all([getTranslations("artisan"), getTranslations("artisanTitle")])

  return (
    <article className={styles.card}>
      <ArtisanPortrait name={artisan.name} url={artisan.portrait_url} size={56} />
      <div className={styles.body}>
        <h3 className={styles.name}>
          <Link href={`/artisans/${artisan.handle}`} className={styles.link}>
            {artisan.name}
          </Link>
        </h3>
        <p className={styles.title}>
          {artisan.title_year
            ? t("titleWithYear", { title: title(artisan.title), year: String(artisan.title_year) })
            : title(artisan.title)}
        </p>
        <p className={styles.meta}>
          {t("ethnicGroup")}: {ethnicGroupName(locale, artisan.ethnic_group)}
        </p>
      </div>
    </article>
  )
}
