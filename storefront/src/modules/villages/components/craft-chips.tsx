import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CraftCategory } from "@/lib/types"
import { CraftIcon } from "@/modules/common/components/craft-icon"
import styles from "@/modules/products/components/craft-filter.module.css"

/** Craft chips for the village index: links, so filtering needs no JavaScript. */
export async function VillageCraftFilter({ crafts, active }: { crafts: CraftCategory[]; active: string | undefined }) {
  const t = await getTranslations("villages")

  return (
    <nav aria-label={t("filterLabel")} className={styles.filter}>
      <ul className={styles.chips}>
        <li>
          <Link href="/villages" className={styles.chip} aria-current={active ? undefined : "page"}>
            {t("allCrafts")}
          </Link>
        </li>
        {crafts.map((craft) => (
          <li key={craft.id}>
            <Link
              href={`/villages?craft=${encodeURIComponent(craft.handle)}`}
              className={styles.chip}
              aria-current={active === craft.handle ? "page" : undefined}
            >
              <CraftIcon handle={craft.handle} size={18} />
              {craft.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
