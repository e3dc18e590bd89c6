"use client"

import type { ChangeEvent } from "react"
import styles from "./product-form.module.css"

/**
 * The two ways to add a photo on a phone: the camera, or the gallery. Without JavaScript
 * (`enhanced` false) they are plain file inputs that the form posts; with it, picking a
 * file uploads it at once through `onPick`. `names` and `accept` let a form take other
 * files the same way (a certificate's photo or PDF).
 */
export function PhotoSources({
  enhanced,
  uploading,
  multiple = false,
  onPick,
  labels,
  names = { camera: "camera", gallery: "photos" },
  accept = "image/jpeg,image/png,image/webp,image/*",
}: {
  enhanced: boolean
  uploading: boolean
  multiple?: boolean
  onPick: (event: ChangeEvent<HTMLInputElement>) => void
  labels: { camera: string; gallery: string }
  names?: { camera: string; gallery: string }
  accept?: string
}) {
  const input = { className: enhanced ? "visually-hidden" : undefined, disabled: uploading, onChange: enhanced ? onPick : undefined }
  return (
    <div className={enhanced ? styles.pickers : styles.pickersPlain}>
      <label className={enhanced ? `button ${styles.pickButton}` : styles.pickPlain}>
        <input type="file" name={names.camera} accept="image/*" capture="environment" {...input} />
        <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
          <path d="M4 8h3l2-3h6l2 3h3v11H4V8Z" strokeLinejoin="round" />
          <circle cx="12" cy="13" r="3.5" />
        </svg>
        {labels.camera}
      </label>
      <label className={enhanced ? `button button-secondary ${styles.pickButton}` : styles.pickPlain}>
        <input type="file" name={names.gallery} accept={accept} multiple={multiple} {...input} />
        <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
          <rect x="3" y="4" width="18" height="16" rx="2" />
          <path d="m3 16 5-5 4 4 3-3 6 6" strokeLinejoin="round" />
        </svg>
        {labels.gallery}
      </label>
    </div>
  )
}

/** The "×" of a photo's remove button. */
export function RemoveIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.4" aria-hidden="true" focusable="false">
      <path d="M6 6l12 12M18 6 6 18" strokeLinecap="round" />
    </svg>
  )
}
