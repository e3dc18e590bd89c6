import { getFormatter } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { issueSerials, prepareLabels, recordLotEvent } from "@/lib/actions/lots"
import { getLotsTranslations } from "@/lib/lots/i18n-server"
import { emptyLabelForm, labelFileHref } from "@/lib/lots/labels"
import { stepLabel, type TraceStepKey } from "@/lib/lots/steps"
import type { LotDetail, LotEvent, TraceQuantity } from "@/lib/lots/types"
import { brokenAt, chainState, eventsInOrder, lastPlace, lotSubject, placeSuggestions, shortHash } from "@/lib/lots/view"
import { toVnDateTimeInput } from "@/lib/lots/vn-time"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { LabelsForm } from "../components/labels-form"
import { SerialsForm } from "../components/serials-form"
import { StepRecorder } from "../components/step-recorder"
import { ChainChip } from "./chain-chip"
import { ScansDayChart } from "./scans-day-chart"
import styles from "./lots.module.css"

export type LotNotice = { created: boolean; recorded: TraceStepKey | null; serials: number | null }

const CHAIN_REASONS = ["hash_mismatch", "link_mismatch", "sequence_gap", "head_mismatch", "count_mismatch"] as const

/**
 * One lot: whether its chain verifies, its facts and QR label, the step recorder and
 * timeline, unit serials, labels, scans and the EPCIS export.
 */
export async function LotDetailTemplate({
  lot,
  locale,
  step,
  notice,
}: {
  lot: LotDetail
  locale: AppLocale
  step: TraceStepKey | null
  notice: LotNotice
}) {
  const [t, chain, record, timeline, serials, labels, scans, epcis, common, units, format] = await Promise.all([
    getLotsTranslations("lots.lot"),
    getLotsTranslations("lots.chain"),
    getLotsTranslations("lots.record"),
    getLotsTranslations("lots.timeline"),
    getLotsTranslations("lots.serials"),
    getLotsTranslations("lots.labels"),
    getLotsTranslations("lots.scans"),
    getLotsTranslations("lots.epcis"),
    getLotsTranslations("lots.common"),
    getLotsTranslations("lots.uom"),
    getFormatter(),
  ])
  const state = chainState(lot)
  const events = eventsInOrder(lot.events)
  const subject = lotSubject(lot)
  const serialCount = lot.serials?.count ?? lot.serial_count ?? 0
  const scanCount = lot.scans?.count ?? lot.scan_count ?? 0
  const unitName = (uom: string) => (units.has(uom as never) ? units(uom as never) : uom)
  const stepName = (key: string) => stepLabel(key, locale)
  const quantity = (q: TraceQuantity) => `${format.number(q.quantity, { maximumFractionDigits: 3 })} ${unitName(q.uom)} ${q.label}`
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "long" }) : t("notSet"))
  const lotPath = `/${locale}/seller/lots/${encodeURIComponent(lot.id)}`
  const traceUrl = lot.label_url || `/t/${lot.code}`
  const broken = brokenAt(lot.chain)
  const reason = CHAIN_REASONS.find((key) => key === lot.chain.reason)
  const qrSrc = labelFileHref(locale, lot.id, { format: "svg", size: "30x40", contents: "lot", count: 1 })

  return (
    <>
      <Link href="/seller/lots" className={styles.back}>
        <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" aria-hidden="true" focusable="false">
          <path d="M15 5l-7 7 7 7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {common("back")}
      </Link>
      <div className={styles.pageHead}>
        <div className={styles.minw0}>
          {subject && <p className={styles.eyebrow}>{subject}</p>}
          <h1>{t("title", { number: lot.lot_number })}</h1>
        </div>
        <ChainChip state={state} />
      </div>

      <div className={styles.notices}>
        {notice.created && <FormAlert kind="success" message={t("created")} />}
        {notice.recorded && <FormAlert kind="success" message={t("recorded", { step: stepName(notice.recorded) })} />}
        {notice.serials !== null && <FormAlert kind="success" message={t("serialsIssued", { count: notice.serials })} />}
        {state === "broken" ? (
          <FormAlert
            kind="error"
            title={chain("brokenTitle")}
            message={[
              chain("brokenText"),
              reason ? chain(`reasons.${reason}`) : null,
              broken !== null ? chain("brokenAt", { n: broken }) : null,
            ]
              .filter(Boolean)
              .join(" ")}
          />
        ) : (
          <p className={`muted ${styles.flush}`}>{state === "valid" ? chain("validText") : chain("emptyText")}</p>
        )}
      </div>

      <div className={styles.grid2}>
        <div className={styles.stack}>
          <section id="record-step" className={`${styles.card} ${styles.target}`} aria-labelledby="record-step-heading">
            <h2 id="record-step-heading">{record("title")}</h2>
            <p className="muted">{record("lead")}</p>
            <StepRecorder
              action={recordLotEvent.bind(null, lot.id, lot.product?.title ?? subject)}
              initialStep={step}
              serverNow={toVnDateTimeInput(new Date())}
              defaultPlace={lastPlace(lot)}
              places={placeSuggestions(lot)}
              productTitle={lot.product?.title ?? subject}
              closeHref={`${lotPath}#record-step`}
            />
          </section>

          <section id="timeline" className={`${styles.card} ${styles.target}`} aria-labelledby="timeline-title">
            <h2 id="timeline-title">{timeline("title")}</h2>
            {events.length === 0 ? (
              <p className={styles.flush}>{timeline("empty")}</p>
            ) : (
              <ol className={styles.timeline}>
                {events.map((event, index) => (
                  <TimelineItem
                    key={event.id ?? event.sequence}
                    event={event}
                    index={index}
                    suspect={broken !== null && index + 1 >= broken}
                    stepName={stepName(event.step)}
                    when={format.dateTime(new Date(event.event_time), { dateStyle: "medium", timeStyle: "short" })}
                    labels={{ inputs: timeline("inputs"), outputs: timeline("outputs"), hash: timeline("hash"), photo: timeline("photoAlt", { step: stepName(event.step) }) }}
                    quantity={quantity}
                  />
                ))}
              </ol>
            )}
          </section>
        </div>

        <div className={styles.stack}>
          <section className={styles.card} aria-labelledby="facts-title">
            <h2 id="facts-title">{t("facts")}</h2>
            <div className={styles.labelPreview}>
              <img src={qrSrc} alt={t("qrAlt", { number: lot.lot_number })} width={120} height={160} className={styles.labelImage} />
              <div className={styles.minw0}>
                <p className={styles.flush}>
                  <strong>{t("traceLink")}</strong>
                </p>
                <p className={`muted ${styles.small}`}>{t("traceLinkHint")}</p>
                <a href={traceUrl} className={styles.traceLink} target="_blank" rel="noopener">
                  {traceUrl}
                </a>
              </div>
            </div>
            <dl className={styles.facts}>
              <Fact label={t("product")} value={subject || "—"} />
              {lot.variant?.sku && <Fact label={t("sku")} value={lot.variant.sku} />}
              {lot.variant?.gtin && <Fact label={t("gtin")} value={lot.variant.gtin} mono />}
              <Fact label={t("lotNumber")} value={lot.lot_number} />
              <Fact label={t("code")} value={lot.code} mono />
              <Fact label={t("quantity")} value={`${format.number(lot.quantity, { maximumFractionDigits: 3 })} ${unitName(lot.uom)}`} />
              <Fact label={t("produced")} value={date(lot.produced_at)} />
              <Fact label={t("expires")} value={date(lot.expires_at)} />
              <Fact
                label={t("zone")}
                value={
                  lot.zone
                    ? [
                        lot.zone.name,
                        lot.zone.area_ha ? t("zoneArea", { area: format.number(lot.zone.area_ha, { maximumFractionDigits: 2 }) }) : null,
                        [lot.zone.commune, lot.zone.province].filter(Boolean).join(", ") || null,
                        lot.zone.certifications?.length ? lot.zone.certifications.join(", ") : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")
                    : t("notSet")
                }
              />
            </dl>
          </section>

          <section id="serials" className={`${styles.card} ${styles.target}`} aria-labelledby="serials-title">
            <h2 id="serials-title">{serials("title")}</h2>
            <p className="muted">{serials("lead")}</p>
            <p className={styles.figure}>{serials("issued", { count: serialCount })}</p>
            <SerialsForm action={issueSerials.bind(null, lot.id)} />
          </section>

          <section id="labels" className={`${styles.card} ${styles.target}`} aria-labelledby="labels-title">
            <h2 id="labels-title">{labels("title")}</h2>
            <p className="muted">{labels("lead")}</p>
            <LabelsForm
              // New serials change what a serial sheet holds.
              key={serialCount}
              action={prepareLabels.bind(null, lot.id, serialCount)}
              initial={emptyLabelForm(serialCount)}
              serialCount={serialCount}
            />
          </section>

          <section id="scans" className={`${styles.card} ${styles.target}`} aria-labelledby="scans-title">
            <h2 id="scans-title">{scans("title")}</h2>
            <dl className={styles.stats}>
              <div className={styles.stat}>
                <dt>{scans("total")}</dt>
                <dd>{format.number(scanCount)}</dd>
              </div>
              <div className={styles.stat}>
                <dt>{scans("serials")}</dt>
                <dd>{format.number(serialCount)}</dd>
              </div>
            </dl>
            <ScansDayChart byDay={lot.scans?.by_day} />
          </section>

          <section id="epcis" className={styles.card} aria-labelledby="epcis-title">
            <h2 id="epcis-title">{epcis("title")}</h2>
            <p className="muted">{epcis("lead")}</p>
            <a href={`${lotPath}/epcis`} className="button button-secondary" download>
              {epcis("download")}
            </a>
          </section>
        </div>
      </div>
    </>
  )
}

function Fact({ label, value, mono = false }: { label: string; value: string; mono?: boolean }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className={mono ? styles.mono : undefined}>{value}</dd>
    </div>
  )
}

function TimelineItem({
  event,
  index,
  suspect,
  stepName,
  when,
  labels,
  quantity,
}: {
  event: LotEvent
  index: number
  suspect: boolean
  stepName: string
  when: string
  labels: { inputs: string; outputs: string; hash: string; photo: string }
  quantity: (q: TraceQuantity) => string
}) {
  const note = typeof event.data?.note === "string" ? event.data.note : null
  const photo = typeof event.data?.photo_url === "string" ? event.data.photo_url : null
  return (
    <li className={`${styles.event} ${suspect ? styles.eventSuspect : ""}`}>
      <span className={styles.eventMarker} aria-hidden="true">
        {index + 1}
      </span>
      <div className={styles.eventBody}>
        <h3 className={styles.eventTitle}>{stepName}</h3>
        <p className={styles.eventMeta}>
          <time dateTime={event.event_time}>{when}</time>
          {event.place_name && (
            <>
              <span aria-hidden="true"> · </span>
              <span>{event.place_name}</span>
            </>
          )}
        </p>
        {note && <p className={styles.eventNote}>{note}</p>}
        {Boolean(event.inputs?.length || event.outputs?.length) && (
          <p className={styles.eventMeta}>
            {event.inputs?.length ? `${labels.inputs}: ${event.inputs.map(quantity).join(", ")}` : null}
            {event.inputs?.length && event.outputs?.length ? " → " : null}
            {event.outputs?.length ? `${labels.outputs}: ${event.outputs.map(quantity).join(", ")}` : null}
          </p>
        )}
        {photo && <img src={photo} alt={labels.photo} width={160} height={120} loading="lazy" className={styles.eventPhoto} />}
        <p className={styles.hash}>
          {labels.hash} <code>{shortHash(event.hash)}</code>
        </p>
      </div>
    </li>
  )
}
