import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CraftCategory } from "@/lib/types"
import { CraftIcon } from "@/modules/common/components/craft-icon"
import { productListQuery, type ProductListFilters } from "@/lib/util/search-params"
import styles from "./craft-filter.module.css"

/**
 * Craft chips: links to the list filtered by category handle, so filtering needs no
 * JavaScript. The certificate filters (`keep`) stay as they are.
 */
export async function CraftFilter({
  crafts,
  active,
  keep = {},
}: {
  crafts: CraftCategory[]
  active: string | undefined
  keep?: Pick<ProductListFilters, "stars" | "mark">
}) {
  const t = await getTranslations("products")

  return (
    <nav aria-label={t("filterLabel")} className={styles.filter}>
      <ul className={styles.chips}>
        <li>
          <Link href={`/products${productListQuery(keep)}`} className={styles.chip} aria-current={active ? undefined : "page"}>
            {t("allCrafts")}
          </Link>
        </li>
        {crafts.map((craft) => (
          <li key={craft.id}>
            <Link
              href={`/products${productListQuery({ ...keep, craft: craft.handle })}`}
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
