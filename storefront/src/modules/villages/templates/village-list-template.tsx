import { getTranslations } from "next-intl/server"
import { getPathname, Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { CraftCategory } from "@/lib/types"
import { craftHandle, localized, mapMarkers } from "@/lib/util/village-view"
import type { VillageSummary } from "@/lib/village-types"
import { VillageCraftFilter } from "../components/craft-chips"
import { VillageCard } from "../components/village-card"
import { VillageMap } from "../components/village-map"
import styles from "./village-list-template.module.css"

export async function VillageListTemplate({
  locale,
  crafts,
  craft,
  villages,
}: {
  locale: AppLocale
  crafts: CraftCategory[]
  craft: CraftCategory | null
  villages: VillageSummary[]
}) {
  const t = await getTranslations("villages")
  const craftNames = new Map(crafts.map((c) => [c.handle, c.name]))
  const markers = mapMarkers(villages, (village) => ({
    name: localized(locale, village.name, village.name_en),
    href: getPathname({ locale, href: `/villages/${village.handle}` }),
    caption: village.crafts.map((key) => craftNames.get(craftHandle(key)) ?? key).join(", "),
  }))

  return (
    <div className="container section">
      <header className={styles.head}>
        <h1 className={styles.title}>{t("title")}</h1>
        <p className={styles.lead}>{craft ? t("craftLead", { craft: craft.name.toLocaleLowerCase(locale) }) : t("lead")}</p>
        <p className="muted">{t("count", { count: villages.length })}</p>
      </header>
      <VillageCraftFilter crafts={crafts} active={craft?.handle} />

      {villages.length > 0 ? (
        <div className={styles.layout}>
          <div className={styles.mapColumn}>
            <VillageMap markers={markers} label={t("mapLabel")} linkLabel={t("mapLink")} />
            <p className={styles.mapHint}>{t("mapHint")}</p>
          </div>
          <section aria-labelledby="village-list-title" className={styles.listColumn}>
            <h2 id="village-list-title" className="visually-hidden">
              {t("listTitle")}
            </h2>
            <ul className={styles.grid}>
              {villages.map((village) => (
                <li key={village.handle}>
                  <VillageCard village={village} locale={locale} craftNames={craftNames} />
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : (
        <div className={styles.empty}>
          <p>{t("empty")}</p>
          <Link href="/villages" className="button button-secondary">
            {t("showAll")}
          </Link>
        </div>
      )}
    </div>
  )
}
