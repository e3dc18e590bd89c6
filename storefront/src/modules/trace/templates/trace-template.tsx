import type { AppLocale } from "@/i18n/routing"
import type { TraceTranslator } from "@/lib/trace/i18n"
import type { TraceView } from "@/lib/trace/types"
import { CertificateList } from "../components/certificate-list"
import { EventTimeline } from "../components/event-timeline"
import { LotDetails } from "../components/lot-details"
import { MakerCard } from "../components/maker-card"
import { LivePart } from "../components/live-part"
import { chainHtml, verdictHtml } from "@/lib/trace/live-html"
import styles from "./trace-template.module.css"
import "./trace-live.css"

/**
 * The page a QR label opens: verdict first, then what the product is, who made it, its
 * lot, certificates, recorded steps and whether that record is intact. Server-rendered
 * with plain links and no client components, so it reads the same without JavaScript.
 */
export function TraceTemplate({
  trace,
  locale,
  t,
  unknownLot,
  unknownSerial,
}: {
  trace: TraceView
  locale: AppLocale
  t: TraceTranslator
  /** The lot or serial the label named that the register does not know (the resolver walked up). */
  unknownLot: string | null
  unknownSerial: string | null
}) {
  const { product } = trace

  return (
    <article className={`container ${styles.page}`} data-page-stamp={trace.page_stamp}>
      <header className={styles.head}>
        {product.thumbnail && (
          <img src={product.thumbnail} alt={t("photoAlt", { product: product.title })} width={72} height={72} />
        )}
        <div>
          <p className={styles.eyebrow}>{t("eyebrow")}</p>
          <h1>{product.title}</h1>
          {product.variant_title && <p>{`${t("variantLabel")}: ${product.variant_title}`}</p>}
          <p>
            {`${t("codeLabel")}: `}
            <code>{trace.code}</code>
            {` (${t(`codeKind.${trace.kind}`)})`}
          </p>
        </div>
      </header>

      <LivePart slot="verdict" html={verdictHtml(trace.verdict, trace.scans.places, trace.chain.valid, locale)} />

      {(unknownLot || unknownSerial) && (
        <div className={styles.notice} role="note">
          {unknownLot && <p>{t("unknownLot", { lot: unknownLot })}</p>}
          {unknownSerial && <p>{t("unknownSerial", { serial: unknownSerial, level: trace.kind === "lot" ? "lot" : "other" })}</p>}
        </div>
      )}

      <MakerCard trace={trace} locale={locale} t={t} />
      <CertificateList certificates={trace.certificates} locale={locale} t={t} />
      <LotDetails lot={trace.lot} locale={locale} t={t} />
      <EventTimeline events={trace.events} locale={locale} t={t} />
      <section className={styles.section} aria-labelledby="chain-title">
        <h2 id="chain-title">{t("chain.title")}</h2>
        <LivePart slot="chain" html={chainHtml(trace.chain, locale)} />
      </section>

      <section className={styles.section} aria-labelledby="links-title">
        <h2 id="links-title">{t("links.title")}</h2>
        <ul className={styles.links}>
          <li>
            <a className="button" href={`/${locale}/products/${encodeURIComponent(product.handle)}`}>
              {t("links.shop")}
            </a>
          </li>
          {trace.lot && (
            <li>
              <a href={`/${locale}/trace/${encodeURIComponent(trace.lot.code)}/epcis`} type="application/ld+json" download>
                {t("links.epcis")}
              </a>
            </li>
          )}
          {trace.digital_link && (
            <li>
              {`${t("links.digitalLink")}: `}
              <code>{trace.digital_link}</code>
            </li>
          )}
        </ul>
      </section>
    </article>
  )
}
