"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef, useState, type ChangeEvent } from "react"
import { uploadProductPhotos } from "@/lib/actions/seller"
import { MAX_PRODUCT_IMAGES } from "@/lib/util/seller-product-form"
import { fieldId } from "./field"
import { preparePhoto } from "./prepare-photo"
import { PhotoSources, RemoveIcon } from "./photo-sources"
import styles from "./product-form.module.css"

/**
 * Photos of a product. With JavaScript, a picked photo is shrunk and uploaded at once and
 * its thumbnail shown; without it, the file inputs are sent with the form and the save
 * action uploads them. The chosen photos travel with the form as hidden `image` URLs.
 */
export function PhotoPicker({
  images,
  onChange,
  error,
}: {
  images: string[]
  onChange: (images: string[]) => void
  error?: string
}) {
  const t = useTranslations("seller.productForm")
  const [enhanced, setEnhanced] = useState(false)
  const [uploading, setUploading] = useState(false)
  const [status, setStatus] = useState<{ kind: "error" | "ok"; text: string } | null>(null)
  const latest = useRef(images)
  latest.current = images
  useEffect(() => setEnhanced(true), [])

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const picked = Array.from(input.files ?? [])
    if (picked.length === 0) return
    const room = MAX_PRODUCT_IMAGES - latest.current.length
    const files = picked.slice(0, Math.max(0, room))
    setStatus(picked.length > files.length ? { kind: "error", text: t("photoLimit", { max: MAX_PRODUCT_IMAGES }) } : null)
    setUploading(true)
    let added = 0
    try {
      // One photo per request keeps each request small.
      for (const file of files) {
        const data = new FormData()
        data.append("photos", await preparePhoto(file))
        const result = await uploadProductPhotos(data)
        if (!result.ok) {
          setStatus({ kind: "error", text: result.message })
          break
        }
        added += result.urls.length
        onChange([...latest.current, ...result.urls])
      }
      if (added > 0) setStatus((current) => current ?? { kind: "ok", text: t("uploaded", { count: added }) })
    } catch {
      setStatus({ kind: "error", text: t("uploadFailed") })
    } finally {
      // Uploaded already: the form must not send the files again.
      input.value = ""
      setUploading(false)
    }
  }

  const remove = (url: string) => onChange(images.filter((image) => image !== url))
  const cover = (url: string) => onChange([url, ...images.filter((image) => image !== url)])
  const full = images.length >= MAX_PRODUCT_IMAGES
  const errorId = error ? `${fieldId("images")}-error` : undefined

  return (
    <fieldset className={`${styles.photos} ${error ? styles.invalid : ""}`} aria-describedby={[errorId, "photos-hint"].filter(Boolean).join(" ")}>
      <legend className={styles.legend}>{t("photos")}</legend>
      <p id="photos-hint" className={styles.hint}>
        {t("photosHint")}
      </p>
      {images.map((url) => (
        <input key={url} type="hidden" name="image" value={url} />
      ))}
      {images.length > 0 ? (
        <ul className={styles.thumbs}>
          {images.map((url, index) => (
            <li key={url} className={styles.thumb}>
              <img src={url} alt={t("photoAlt", { n: index + 1 })} width={160} height={160} className={styles.thumbImage} />
              {index === 0 ? (
                <span className={styles.coverBadge}>{t("cover")}</span>
              ) : (
                <button
                  type="submit"
                  name="intent"
                  value={`cover_image:${url}`}
                  className={styles.thumbAction}
                  formNoValidate
                  onClick={(event) => {
                    event.preventDefault()
                    cover(url)
                  }}
                >
                  <span className="visually-hidden">{t("makeCover", { n: index + 1 })}</span>
                  <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
                    <path d="m12 3 2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9L12 3Z" strokeLinejoin="round" />
                  </svg>
                </button>
              )}
              <button
                type="submit"
                name="intent"
                value={`remove_image:${url}`}
                className={`${styles.thumbAction} ${styles.thumbRemove}`}
                formNoValidate
                onClick={(event) => {
                  event.preventDefault()
                  remove(url)
                }}
              >
                <span className="visually-hidden">{t("removePhoto", { n: index + 1 })}</span>
                <RemoveIcon />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.noPhotos}>{t("noPhotos")}</p>
      )}

      {!full && (
        <PhotoSources enhanced={enhanced} uploading={uploading} multiple onPick={upload} labels={{ camera: t("takePhoto"), gallery: t("choosePhotos") }} />
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
