"use client"

import { useFormatter, useLocale } from "next-intl"
import { useEffect, useState } from "react"
import { jobProgress, jobStillRunning, type JobProgress } from "@/lib/lots/progress"
import type { LabelJob } from "@/lib/lots/types"
import styles from "./lots-forms.module.css"
import { useLotsTranslations } from "./use-lots-translations"

type Polled = JobProgress & { download: string | null; error: string | null }

const POLL_MS = 1000

/**
 * A background label job: asks the storefront (which asks the backend with the
 * producer's token) every second while it runs, shows a progress bar, then the download.
 */
export function LabelJobProgress({ job }: { job: LabelJob }) {
  const t = useLotsTranslations("lots.labels")
  const format = useFormatter()
  const locale = useLocale()
  const [state, setState] = useState<Polled>({ ...jobProgress(job), download: null, error: job.error ?? null })
  const [retrying, setRetrying] = useState(false)
  // One more answer (or failed attempt) asks again, until the job has finished or failed.
  const [attempt, setAttempt] = useState(0)
  const settled = !jobStillRunning(state.status) && (state.status !== "done" || Boolean(state.download))

  useEffect(() => {
    if (settled) return
    let cancelled = false
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/${locale}/seller/lots/label-jobs/${encodeURIComponent(job.id)}`, { cache: "no-store" })
        if (!res.ok) throw new Error(String(res.status))
        const next = (await res.json()) as Polled
        if (cancelled) return
        setState(next)
        setRetrying(false)
      } catch {
        if (!cancelled) setRetrying(true)
      }
      if (!cancelled) setAttempt((n) => n + 1)
    }, POLL_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [attempt, settled, job.id, locale])

  const number = (value: number) => format.number(value)
  const failed = state.status === "failed"

  return (
    <section className={styles.job} aria-labelledby={`job-${job.id}`}>
      <h3 id={`job-${job.id}`} className={styles.jobTitle}>
        {t("jobTitle")}
      </h3>
      <div className={styles.progressRow}>
        <progress id={`job-${job.id}-bar`} max={100} value={state.percent} aria-labelledby={`job-${job.id}`} className={styles.progress} />
        <span className={styles.percent}>{format.number(state.percent / 100, { style: "percent" })}</span>
      </div>
      <p role="status" aria-live="polite" className={styles.jobStatus}>
        {failed
          ? t("jobFailed", { error: state.error ?? "" })
          : state.finished
            ? t("jobDone", { total: number(state.total) })
            : retrying
              ? t("jobRetrying")
              : t("jobProgress", { done: number(state.done), total: number(state.total) })}
      </p>
      {state.finished && state.download && (
        <a href={state.download} className="button" download>
          {t("jobDownload")}
        </a>
      )}
    </section>
  )
}
