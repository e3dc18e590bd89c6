import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { TracePreview as TracePreviewData } from "@/lib/data/product-extras"
import styles from "./trace-preview.module.css"

/**
 * What a buyer can check before buying: the latest lot's recorded journey (its trace
 * page, the same a label's QR opens), or, before any lot, the product's own trace page.
 */
export async function TracePreview({ preview }: { preview: TracePreviewData | null }) {
  const t = await getTranslations("product.trace")
  const lot = preview?.latest_lot
  const code = lot?.code ?? preview?.product_code
  return (
    <section className={styles.preview} aria-labelledby="trace-preview-title">
      <h2 id="trace-preview-title">{t("title")}</h2>
      {lot ? (
        <p>{t("latestLot", { lot: lot.lot_number, steps: lot.event_count, lots: preview!.lot_count })}</p>
      ) : (
        <p>{t("noLotYet")}</p>
      )}
      <p className="muted">{t("labelNote")}</p>
      {code && (
        <p>
          <Link href={`/trace/${code}`}>{lot ? t("seeJourney") : t("seeTracePage")}</Link>
        </p>
      )}
    </section>
  )
}
