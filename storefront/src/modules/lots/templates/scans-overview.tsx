import { getFormatter } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { barPercents } from "@/lib/lots/chart"
import { getLotsTranslations } from "@/lib/lots/i18n-server"
import type { ScansOverview as Overview } from "@/lib/lots/types"
import styles from "./lots.module.css"

type Row = { key: string; name: string; href?: string; count: number }

/** Scans per product and per lot (GET /producer/trace/scans): tables with a bar in each row. */
export async function ScansOverview({ scans }: { scans: Overview | null }) {
  const t = await getLotsTranslations("lots.scans")
  return (
    <section className={styles.card} aria-labelledby="scans-overview-title">
      <h2 id="scans-overview-title">{t("overviewTitle")}</h2>
      <p className="muted">{t("overviewLead")}</p>
      {!scans ? (
        <p className={styles.flush}>{t("unavailable")}</p>
      ) : scans.products.length === 0 && scans.lots.length === 0 ? (
        <p className={styles.flush}>{t("none")}</p>
      ) : (
        <div className={styles.scanTables}>
          <ScanTable
            caption={t("byProduct")}
            nameHeader={t("product")}
            rows={scans.products.map((row) => ({ key: row.product_id, name: row.title ?? row.product_id, count: row.scan_count }))}
          />
          <ScanTable
            caption={t("byLot")}
            nameHeader={t("lot")}
            rows={scans.lots.map((row) => ({
              key: row.lot_id,
              name: [row.product_title, row.lot_number].filter(Boolean).join(" · ") || row.lot_id,
              href: `/seller/lots/${row.lot_id}`,
              count: row.scan_count,
            }))}
          />
        </div>
      )}
    </section>
  )
}

async function ScanTable({ caption, nameHeader, rows }: { caption: string; nameHeader: string; rows: Row[] }) {
  const [t, format] = await Promise.all([getLotsTranslations("lots.scans"), getFormatter()])
  const sorted = [...rows].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi"))
  const widths = barPercents(sorted.map((row) => row.count))
  return (
    <table className={styles.scanTable}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col" className={styles.numeric}>
            {t("count")}
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row, index) => (
          <tr key={row.key}>
            <th scope="row">
              {row.href ? <Link href={row.href}>{row.name}</Link> : row.name}
              <span className={styles.bar} aria-hidden="true">
                <span style={{ inlineSize: `${widths[index]}%` }} />
              </span>
            </th>
            <td className={styles.numeric}>{format.number(row.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
