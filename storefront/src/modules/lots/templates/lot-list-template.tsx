import { getFormatter } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { createLot, createZone } from "@/lib/actions/lots"
import type { LotList } from "@/lib/data/lots"
import { emptyLotForm, emptyZoneForm } from "@/lib/lots/forms"
import { getLotsTranslations } from "@/lib/lots/i18n-server"
import type { RawMaterialZone, ScansOverview as Overview, VariantOption } from "@/lib/lots/types"
import { chainState, lotSubject } from "@/lib/lots/view"
import type { ApiFailure } from "@/lib/seller-types"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { NotApprovedNotice } from "@/modules/seller/templates/not-approved-notice"
import { LotForm } from "../components/lot-form"
import { ZoneForm } from "../components/zone-form"
import { ChainChip } from "./chain-chip"
import { ScansOverview } from "./scans-overview"
import styles from "./lots.module.css"

export type LotListView = { page: number; pageCount: number; zoneAdded: string | null }

/** The producer's lots, the form to open a new one (with a raw-material zone), and scans per product and lot. */
export async function LotListTemplate({
  result,
  zones,
  variants,
  scans,
  view,
}: {
  result: LotList | ApiFailure
  zones: RawMaterialZone[]
  variants: VariantOption[]
  scans: Overview | null
  view: LotListView
}) {
  const [t, create, zone, common, units, format] = await Promise.all([
    getLotsTranslations("lots.list"),
    getLotsTranslations("lots.create"),
    getLotsTranslations("lots.zone"),
    getLotsTranslations("lots.common"),
    getLotsTranslations("lots.uom"),
    getFormatter(),
  ])
  const unitName = (uom: string) => (units.has(uom as never) ? units(uom as never) : uom)
  const addedZone = view.zoneAdded && zones.some((z) => z.id === view.zoneAdded) ? view.zoneAdded : ""

  return (
    <>
      <div className={styles.pageHead}>
        <div>
          <h1>{t("title")}</h1>
          {"count" in result && <p className={`muted ${styles.flush}`}>{t("count", { count: result.count })}</p>}
        </div>
        {"count" in result && variants.length > 0 && (
          <a href="#create-lot" className="button">
            {t("create")}
          </a>
        )}
      </div>
      <p className={styles.lead}>{t("lead")}</p>

      {"ok" in result ? (
        <NotApprovedNotice message={result.message} />
      ) : (
        <div className={styles.stack}>
          {result.lots.length === 0 ? (
            <div className={styles.empty}>
              <p>{t("empty")}</p>
            </div>
          ) : (
            <ul className={styles.lots} aria-label={t("listLabel")}>
              {result.lots.map((lot) => (
                <li key={lot.id} className={styles.lot}>
                  <h2 className={styles.lotTitle}>
                    <Link href={`/seller/lots/${lot.id}`} className={styles.lotLink}>
                      {lotSubject(lot) || t("lotNumber", { number: lot.lot_number })}
                    </Link>
                  </h2>
                  <p className={styles.lotMeta}>
                    <strong className={styles.lotNumber}>{t("lotNumber", { number: lot.lot_number })}</strong>
                    <span>{t("quantity", { quantity: format.number(lot.quantity, { maximumFractionDigits: 3 }), uom: unitName(lot.uom) })}</span>
                    {lot.produced_at && <span>{t("produced", { date: format.dateTime(new Date(lot.produced_at), { dateStyle: "medium" }) })}</span>}
                  </p>
                  <p className={styles.lotMeta}>
                    <ChainChip state={chainState(lot)} />
                    <span>{t("events", { count: lot.event_count })}</span>
                    <span aria-hidden="true">·</span>
                    <span>{t("serials", { count: lot.serial_count })}</span>
                    <span aria-hidden="true">·</span>
                    <span>{t("scans", { count: lot.scan_count })}</span>
                  </p>
                </li>
              ))}
            </ul>
          )}

          {view.pageCount > 1 && (
            <nav className={styles.pager} aria-label={common("pagination")}>
              {view.page > 1 ? (
                <Link href={`/seller/lots?page=${view.page - 1}`} className="button button-secondary" rel="prev">
                  {common("previous")}
                </Link>
              ) : (
                <span />
              )}
              <span>{common("pageOf", { page: view.page, total: view.pageCount })}</span>
              {view.page < view.pageCount ? (
                <Link href={`/seller/lots?page=${view.page + 1}`} className="button button-secondary" rel="next">
                  {common("next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}

          <section id="create-lot" className={`${styles.card} ${styles.target}`} aria-labelledby="create-lot-title">
            <h2 id="create-lot-title">{create("title")}</h2>
            {addedZone && <FormAlert kind="success" message={zone("added")} />}
            {variants.length === 0 ? (
              <>
                <p>{create("noVariants")}</p>
                <Link href="/seller/products/new" className="button">
                  {create("addProduct")}
                </Link>
              </>
            ) : (
              <>
                <p className="muted">{create("lead")}</p>
                <LotForm
                  // A new zone remounts the form with it chosen.
                  key={addedZone}
                  action={createLot}
                  initial={emptyLotForm(addedZone)}
                  variants={variants}
                  zones={zones}
                />
              </>
            )}
          </section>

          <ZoneForm action={createZone} initial={emptyZoneForm()} zoneCount={zones.length} />

          <ScansOverview scans={scans} />
        </div>
      )}
    </>
  )
}
