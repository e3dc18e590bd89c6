import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { SellerDashboard } from "@/lib/data/seller"
import type { SellerSession } from "@/lib/seller-types"
import { LOW_STOCK_THRESHOLD } from "@/lib/util/seller-view"
import styles from "./seller.module.css"

export async function DashboardTemplate({ session, dashboard }: { session: SellerSession; dashboard: SellerDashboard }) {
  const [t, profile, legalKind] = await Promise.all([
    getTranslations("seller.dashboard"),
    getTranslations("seller.profile"),
    getTranslations("legalKind"),
  ])
  const { producer, member } = session
  const approved = producer.status === "approved"
  const figures = dashboard.products
  const village = producer.craft_village

  return (
    <>
      <div className={styles.pageHead}>
        <div>
          <h1>{t("title")}</h1>
          <p className={`muted ${styles.flush}`}>
            {t("greeting", { name: member.name })}
          </p>
        </div>
        {approved && (
          <Link href="/seller/products/new" className="button">
            {t("addProduct")}
          </Link>
        )}
      </div>

      {approved && (
        <section aria-label={t("statsLabel")}>
          {figures ? (
            <ul className={styles.stats}>
              <li>
                <Link href="/seller/products?status=published" className={styles.stat}>
                  <span className={styles.statValue}>{figures.published}</span>
                  <span className={styles.statLabel}>{t("published")}</span>
                </Link>
              </li>
              <li>
                <Link href="/seller/products?status=draft" className={styles.stat}>
                  <span className={styles.statValue}>{figures.draft}</span>
                  <span className={styles.statLabel}>{t("draft")}</span>
                </Link>
              </li>
              <li>
                <a href="#low-stock" className={`${styles.stat} ${figures.lowStock.length > 0 ? styles.statWarn : ""}`}>
                  <span className={styles.statValue}>{figures.lowStock.length}</span>
                  <span className={styles.statLabel}>{t("lowStock")}</span>
                </a>
              </li>
              <li>
                <Link href="/seller/orders" className={`${styles.stat} ${dashboard.newOrders ? styles.statAlert : ""}`}>
                  <span className={styles.statValue}>{dashboard.newOrders ?? t("notYet")}</span>
                  <span className={styles.statLabel}>{t("newOrders")}</span>
                </Link>
              </li>
            </ul>
          ) : (
            <p className={`${styles.card} muted`}>{t("unavailable")}</p>
          )}
        </section>
      )}

      <div className={styles.grid2}>
        {approved && figures && (
          <section id="low-stock" className={styles.card} aria-labelledby="low-stock-title">
            <h2 id="low-stock-title">{t("lowStockTitle")}</h2>
            <p className="muted">{t("lowStockLead", { threshold: LOW_STOCK_THRESHOLD })}</p>
            {figures.lowStock.length === 0 ? (
              <p className={styles.flush}>{t("lowStockEmpty")}</p>
            ) : (
              <ul className={styles.lowStock}>
                {figures.lowStock.map((item) => (
                  <li key={item.variantId}>
                    <span className={styles.minw0}>
                      <Link href={`/seller/products/${item.productId}`}>{item.productTitle}</Link>
                      <span className={styles.lowStockVariant}>{item.variantTitle}</span>
                    </span>
                    <span className={`${styles.qty} ${item.quantity === 0 ? styles.qtyZero : ""}`}>
                      {t("lowStockItem", { count: item.quantity })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}

        <section className={styles.card} aria-labelledby="shop-title">
          <h2 id="shop-title">{t("shopTitle")}</h2>
          <dl className={styles.facts}>
            <ShopFact label={profile("name")} value={producer.name} />
            <ShopFact label={profile("legalKind")} value={legalKind(producer.legal_kind)} />
            {village && <ShopFact label={profile("village")} value={village.name} />}
            <ShopFact label={profile("handle")} value={producer.handle} />
          </dl>
        </section>
      </div>
    </>
  )
}

function ShopFact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
