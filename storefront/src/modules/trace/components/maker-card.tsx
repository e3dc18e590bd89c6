import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import type { TraceTranslator } from "@/lib/trace/i18n"
import type { TraceView } from "@/lib/trace/types"
import type { ArtisanTitle } from "@/lib/village-types"
import styles from "../templates/trace-template.module.css"

const ARTISAN_TITLES = new Set<string>(["tho_gioi", "nghe_nhan", "nghe_nhan_uu_tu", "nghe_nhan_nhan_dan"] satisfies ArtisanTitle[])

/** Producer, craft village and artisans, linking to their pages. Plain links: the page ships no JavaScript. */
export async function MakerCard({ trace, locale, t }: { trace: TraceView; locale: AppLocale; t: TraceTranslator }) {
  const titles = await getTranslations({ locale, namespace: "artisanTitle" })
  const { producer, village, artisans } = trace
  const villagePlace = village ? [village.commune, village.province].filter(Boolean).join(", ") : ""

  return (
    <section className={styles.section} aria-labelledby="maker-title">
      <h2 id="maker-title">{t("maker.title")}</h2>
      <dl className={styles.facts}>
        <div>
          <dt>{t("maker.producer")}</dt>
          <dd>
            <a href={`/${locale}/producers/${encodeURIComponent(producer.handle)}`}>{producer.name}</a>
          </dd>
        </div>
        {producer.address && (
          <div>
            <dt>{t("maker.address")}</dt>
            <dd>{producer.address}</dd>
          </div>
        )}
        {village && (
          <div>
            <dt>{t("maker.village")}</dt>
            <dd>
              <a href={`/${locale}/villages/${encodeURIComponent(village.handle)}`}>{village.name}</a>
              {villagePlace && <span className="muted">{` · ${villagePlace}`}</span>}
            </dd>
          </div>
        )}
        {artisans.length > 0 && (
          <div>
            <dt>{t("maker.artisans")}</dt>
            <dd>
              <ul>
                {artisans.map((artisan) => (
                  <li key={artisan.handle}>
                    <a href={`/${locale}/artisans/${encodeURIComponent(artisan.handle)}`}>{artisan.name}</a>
                    {artisan.title && ARTISAN_TITLES.has(artisan.title) && (
                      <span className="muted">{` · ${titles(artisan.title as ArtisanTitle)}`}</span>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
