import { TRACE_STEPS } from "@cln/domain"
import type { AppLocale } from "@/i18n/routing"
import type { TraceTranslator } from "@/lib/trace/i18n"
import type { TraceEventView } from "@/lib/trace/types"
import { formatQuantity, formatTraceDate, shortHash, stepLabel } from "@/lib/trace/view"
import styles from "../templates/trace-template.module.css"

/**
 * The lot's recorded steps, oldest first, with their place, materials, note and photo.
 * Markup is kept bare (styled from the list's class): a lot may have dozens of steps and
 * the page must stay small on a phone.
 */
export function EventTimeline({ events, locale, t }: { events: TraceEventView[]; locale: AppLocale; t: TraceTranslator }) {
  return (
    <section className={styles.section} aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("timeline.title")}</h2>
      {events.length === 0 ? (
        <p className="muted">{t("timeline.none")}</p>
      ) : (
        <>
          <p className="muted">{t("timeline.lead")}</p>
          <ol className={styles.timeline}>
            {[...events]
              .sort((a, b) => a.sequence - b.sequence)
              .map((event) => {
                const name = stepLabel(event.step, locale, TRACE_STEPS)
                const note = typeof event.data?.note === "string" ? event.data.note : null
                const photo = typeof event.data?.photo_url === "string" ? event.data.photo_url : null
                const inputs = event.inputs.map((q) => formatQuantity(q, locale)).join("; ")
                const outputs = event.outputs.map((q) => formatQuantity(q, locale)).join("; ")
                return (
                  <li key={event.sequence}>
                    <h3>{name}</h3>
                    <p>
                      <time dateTime={event.event_time}>{formatTraceDate(event.event_time, locale)}</time>
                      {event.place_name && ` · ${event.place_name}`}
                    </p>
                    {inputs && <p>{`${t("timeline.inputs")}: ${inputs}`}</p>}
                    {outputs && <p>{`${t("timeline.outputs")}: ${outputs}`}</p>}
                    {note && <p>{note}</p>}
                    {photo && (
                      <img src={photo} alt={t("timeline.photoAlt", { step: name.toLowerCase() })} width={320} height={240} loading="lazy" />
                    )}
                    <small>{`#${shortHash(event.hash)}`}</small>
                  </li>
                )
              })}
          </ol>
        </>
      )}
    </section>
  )
}
