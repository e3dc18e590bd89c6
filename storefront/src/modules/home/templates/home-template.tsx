import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { StoreCatalog } from "@/lib/catalogs/types"
import type { CraftCategory } from "@/lib/types"
import type { ProductCardView } from "@/lib/util/product-card"
import { CatalogStrip } from "@/modules/catalogs/components/catalog-strip"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { CraftList } from "../components/craft-list"
import { Hero } from "../components/hero"
import { HowItWorks } from "../components/how-it-works"

export async function HomeTemplate({
  locale,
  crafts,
  featured,
  catalogs,
}: {
  locale: AppLocale
  crafts: CraftCategory[]
  featured: ProductCardView[]
  /** The officers' catalogs on show now. */
  catalogs: StoreCatalog[]
}) {
  const t = await getTranslations("home")

  return (
    <>
      <Hero />
      <CatalogStrip catalogs={catalogs} locale={locale} />
      <CraftList crafts={crafts} />
      <section className="container section" aria-labelledby="featured-title" style={{ paddingTop: 0 }}>
        <div className="section-head">
          <h2 id="featured-title">{t("featuredTitle")}</h2>
          {featured.length > 0 && <Link href="/products">{t("seeAll")} →</Link>}
        </div>
        {featured.length > 0 ? (
          <ProductGrid cards={featured} locale={locale} />
        ) : (
          <p className="muted">{t("noProducts")}</p>
        )}
      </section>
      <HowItWorks />
    </>
  )
}
