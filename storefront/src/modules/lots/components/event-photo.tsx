"use client"

import { useEffect, useState, type ChangeEvent } from "react"
import { uploadProductPhotos } from "@/lib/actions/seller"
import { fieldId } from "@/modules/seller/components/field"
import { preparePhoto } from "@/modules/seller/components/prepare-photo"
import styles from "@/modules/seller/components/product-form.module.css"
import { useLotsTranslations } from "./use-lots-translations"

/**
 * The optional photo of a step, through the panel's photo upload (POST /producer/uploads).
 * With JavaScript, the picked photo is shrunk and uploaded at once and shown; without it,
 * the file goes with the form and the save action uploads it. The uploaded photo travels
 * with the form as a hidden `photo_url`.
 */
export function EventPhoto({ initialUrl, error }: { initialUrl: string; error?: string }) {
  const t = useLotsTranslations("lots.record")
  const common = useLotsTranslations("lots.common")
  const [url, setUrl] = useState(initialUrl)
  const [enhanced, setEnhanced] = useState(false)
  const [uploading, setUploading] = useState(false)
  const [status, setStatus] = useState<{ kind: "error" | "ok"; text: string } | null>(null)
  useEffect(() => setEnhanced(true), [])

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    setStatus(null)
    setUploading(true)
    try {
      const data = new FormData()
      data.append("photos", await preparePhoto(file))
      const result = await uploadProductPhotos(data)
      if (!result.ok) setStatus({ kind: "error", text: result.message })
      else if (result.urls[0]) {
        setUrl(result.urls[0])
        setStatus({ kind: "ok", text: t("uploaded") })
      }
    } catch {
      setStatus({ kind: "error", text: t("uploadFailed") })
    } finally {
      // Uploaded already: the form must not send the file again.
      input.value = ""
      setUploading(false)
    }
  }

  const errorId = error ? `${fieldId("photo_url")}-error` : undefined

  return (
    <fieldset className={`${styles.photos} ${error ? styles.invalid : ""}`} aria-describedby={[errorId, "event-photo-hint"].filter(Boolean).join(" ")}>
      <legend className={styles.legend}>
        {t("photo")} <span className="muted">({common("optional")})</span>
      </legend>
      <p id="event-photo-hint" className={styles.hint}>
        {t("photoHint")}
      </p>
      <input type="hidden" name="photo_url" value={url} />
      {url && (
        <ul className={styles.thumbs}>
          <li className={styles.thumb}>
            <img src={url} alt={t("photoAlt")} width={160} height={160} className={styles.thumbImage} />
            <button type="button" className={`${styles.thumbAction} ${styles.thumbRemove}`} onClick={() => setUrl("")}>
              <span className="visually-hidden">{t("removePhoto")}</span>
              <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.4" aria-hidden="true" focusable="false">
                <path d="M6 6l12 12M18 6 6 18" strokeLinecap="round" />
              </svg>
            </button>
          </li>
        </ul>
      )}
      {!url && (
        <div className={enhanced ? styles.pickers : styles.pickersPlain}>
          <label className={enhanced ? `button ${styles.pickButton}` : styles.pickPlain}>
            <input
              type="file"
              name="camera"
              accept="image/*"
              capture="environment"
              className={enhanced ? "visually-hidden" : undefined}
              disabled={uploading}
              onChange={enhanced ? upload : undefined}
            />
            <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
              <path d="M4 8h3l2-3h6l2 3h3v11H4V8Z" strokeLinejoin="round" />
              <circle cx="12" cy="13" r="3.5" />
            </svg>
            {t("takePhoto")}
          </label>
          <label className={enhanced ? `button button-secondary ${styles.pickButton}` : styles.pickPlain}>
            <input
              type="file"
              name="photos"
              accept="image/jpeg,image/png,image/webp,image/*"
              className={enhanced ? "visually-hidden" : undefined}
              disabled={uploading}
              onChange={enhanced ? upload : undefined}
            />
            <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
              <rect x="3" y="4" width="18" height="16" rx="2" />
              <path d="m3 16 5-5 4 4 3-3 6 6" strokeLinejoin="round" />
            </svg>
            {t("choosePhoto")}
          </label>
        </div>
      )}
      <p className={status?.kind === "error" ? styles.uploadError : styles.uploadStatus} role="status" aria-live="polite">
        {uploading ? t("uploading") : status?.text}
      </p>
      {error && (
        <p id={errorId} className={styles.fieldError}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
