"use client"

import { uploadProductPhotos } from "@/lib/actions/seller"
import { fieldId } from "@/modules/seller/components/field"
import { preparePhoto } from "@/modules/seller/components/prepare-photo"
import { PhotoSources, RemoveIcon } from "@/modules/seller/components/photo-sources"
import { UploadStatus, useSingleUpload } from "@/modules/seller/components/single-upload"
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
  const { url, setUrl, enhanced, uploading, status, upload } = useSingleUpload(
    initialUrl,
    async (file) => {
      const data = new FormData()
      data.append("photos", await preparePhoto(file))
      const result = await uploadProductPhotos(data)
      if (!result.ok) return result
      return result.urls[0] ? { ok: true, url: result.urls[0] } : { ok: false, message: t("uploadFailed") }
    },
    { uploaded: t("uploaded"), uploadFailed: t("uploadFailed") }
  )

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
              <RemoveIcon />
            </button>
          </li>
        </ul>
      )}
      {!url && (
        <PhotoSources enhanced={enhanced} uploading={uploading} onPick={upload} labels={{ camera: t("takePhoto"), gallery: t("choosePhoto") }} />
      )}
      <UploadStatus uploading={uploading} uploadingText={t("uploading")} status={status} error={error} errorId={errorId} />
    </fieldset>
  )
}
