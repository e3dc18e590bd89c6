import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CraftCategory } from "@/lib/types"
import { CraftIcon } from "@/modules/common/components/craft-icon"
import { productListQuery } from "@/lib/util/search-params"
import styles from "./craft-list.module.css"

export async function CraftList({ crafts }: { crafts: CraftCategory[] }) {
  if (crafts.length === 0) return null
  const t = await getTranslations("home")

  return (
    <section className="container section" aria-labelledby="crafts-title">
      <div className="section-head">
        <h2 id="crafts-title">{t("craftsTitle")}</h2>
        <p className="muted" style={{ margin: 0 }}>
          {t("craftsLead")}
        </p>
      </div>
      <ul className={styles.grid}>
        {crafts.map((craft) => (
          <li key={craft.id}>
            <Link href={`/products${productListQuery({ craft: craft.handle })}`} className={styles.craft}>
              <span className={styles.icon}>
                <CraftIcon handle={craft.handle} />
              </span>
              <span className={styles.name}>{craft.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
