import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CraftCategory } from "@/lib/types"
import { CraftIcon } from "@/modules/common/components/craft-icon"
import { productListQuery } from "@/lib/util/search-params"
import styles from "./craft-filter.module.css"

/** Craft chips: links to the list filtered by category handle, so filtering needs no JavaScript. */
export async function CraftFilter({ crafts, active }: { crafts: CraftCategory[]; active: string | undefined }) {
  const t = await getTranslations("products")

  return (
    <nav aria-label={t("filterLabel")} className={styles.filter}>
      <ul className={styles.chips}>
        <li>
          <Link href="/products" className={styles.chip} aria-current={active ? undefined : "page"}>
            {t("allCrafts")}
          </Link>
        </li>
        {crafts.map((craft) => (
          <li key={craft.id}>
            <Link
              href={`/products${productListQuery({ craft: craft.handle })}`}
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
