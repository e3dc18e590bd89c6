"use client"

import { uploadCertificateEvidence } from "@/lib/actions/certificates"
import { isPdfUrl } from "@/lib/certificates/form"
import { fieldId } from "@/modules/seller/components/field"
import { PhotoSources, RemoveIcon } from "@/modules/seller/components/photo-sources"
import { preparePhoto } from "@/modules/seller/components/prepare-photo"
import { UploadStatus, useSingleUpload } from "@/modules/seller/components/single-upload"
import styles from "@/modules/seller/components/product-form.module.css"
import own from "./certificate-form.module.css"
import { useCertificatesTranslations } from "./use-certificates-translations"

/**
 * The decision's photo or PDF, through the panel's upload (POST /producer/uploads). With
 * JavaScript the picked file is uploaded at once (a photo shrunk first) and shown; without
 * it the file goes with the form and the submit action uploads it. The uploaded file
 * travels with the form as a hidden `evidence_url`.
 */
export function EvidenceUpload({ initialUrl, error }: { initialUrl: string; error?: string }) {
  const t = useCertificatesTranslations("certificates.seller.form")
  const { url, setUrl, enhanced, uploading, status, upload } = useSingleUpload(
    initialUrl,
    async (file) => {
      const data = new FormData()
      // PDFs go as they are; photos are shrunk like product photos.
      data.append("evidence_file", file.type === "application/pdf" ? file : await preparePhoto(file))
      return uploadCertificateEvidence(data)
    },
    { uploaded: t("uploaded"), uploadFailed: t("uploadFailed") }
  )

  const errorId = error ? `${fieldId("evidence_url")}-error` : undefined

  return (
    <fieldset className={`${styles.photos} ${error ? styles.invalid : ""}`} aria-describedby={[errorId, "evidence-hint"].filter(Boolean).join(" ")}>
      <legend className={styles.legend}>{t("evidence")}</legend>
      <p id="evidence-hint" className={styles.hint}>
        {t("evidenceHint")}
      </p>
      <input type="hidden" name="evidence_url" value={url} />
      {url && (
        <div className={own.evidence}>
          {isPdfUrl(url) ? (
            <span className={own.pdf} aria-hidden="true">
              PDF
            </span>
          ) : (
            <img src={url} alt="" width={96} height={96} className={own.evidenceImage} />
          )}
          <p className={own.evidenceText}>
            {t("evidenceFile")}:{" "}
            <a href={url} target="_blank" rel="noreferrer">
              {t("viewEvidence")}
            </a>
          </p>
          <button type="button" className={`${styles.thumbAction} ${own.evidenceRemove}`} onClick={() => setUrl("")}>
            <span className="visually-hidden">{t("removeEvidence")}</span>
            <RemoveIcon />
          </button>
        </div>
      )}
      {!url && (
        <PhotoSources
          enhanced={enhanced}
          uploading={uploading}
          onPick={upload}
          labels={{ camera: t("takePhoto"), gallery: t("chooseFile") }}
          names={{ camera: "evidence_camera", gallery: "evidence_file" }}
          accept="image/jpeg,image/png,image/webp,application/pdf"
        />
      )}
      <UploadStatus uploading={uploading} uploadingText={t("uploading")} status={status} error={error} errorId={errorId} />
    </fieldset>
  )
}
