import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { craftHandle, localized } from "@/lib/util/village-view"
import type { VillageSummary } from "@/lib/village-types"
import { CraftIcon } from "@/modules/common/components/craft-icon"
import styles from "./village-card.module.css"

/** A village in the index: picture, name, place, crafts, and how many sellers and artisans it has. */
export async function VillageCard({
  village,
  locale,
  craftNames,
}: {
  village: VillageSummary
  locale: AppLocale
  /** Craft names in the page's language, by category handle. */
  craftNames: ReadonlyMap<string, string>
}) {
  const [t, kind, status] = await Promise.all([
    getTranslations("villages"),
    getTranslations("recognitionKind"),
    getTranslations("villageStatus"),
  ])
  const name = localized(locale, village.name, village.name_en)

  return (
    <article className={styles.card}>
      <div className={styles.media}>
        {village.image_url ? (
          <img src={village.image_url} alt="" width={320} height={320} loading="lazy" decoding="async" className={styles.image} />
        ) : (
          <div className={styles.placeholder} aria-hidden="true" />
        )}
      </div>
      <div className={styles.body}>
        <p className={styles.kind}>{kind(village.recognition_kind)}</p>
        <h3 className={styles.title}>
          <Link href={`/villages/${village.handle}`} className={styles.link}>
            {name}
          </Link>
        </h3>
        <p className={styles.place}>
          {village.commune}, {village.province}
        </p>
        <p className={styles.crafts}>
          <span className="visually-hidden">{t("crafts")}: </span>
          {village.crafts.map((key) => (
            <span key={key} className={styles.craft}>
              <CraftIcon handle={craftHandle(key)} size={16} />
              {craftNames.get(craftHandle(key)) ?? key}
            </span>
          ))}
        </p>
        <p className={styles.counts}>
          <span>{t("producers", { count: village.producer_count })}</span>
          {village.artisan_count > 0 && <span>{t("artisans", { count: village.artisan_count })}</span>}
        </p>
        {(village.tourism || village.status !== "effective") && (
          <p className={styles.badges}>
            {village.status !== "effective" && <span className={styles.statusBadge}>{status(village.status)}</span>}
            {village.tourism && <span className={styles.tourismBadge}>{t("tourism")}</span>}
          </p>
        )}
      </div>
    </article>
  )
}
