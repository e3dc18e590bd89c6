"use client"

import { useEffect, useState, type ChangeEvent } from "react"
import styles from "./product-form.module.css"

export type UploadResult = { ok: true; url: string } | { ok: false; message: string }

type Messages = { uploaded: string; uploadFailed: string }

/**
 * One file picked in the producer panel and uploaded at once (POST /producer/uploads
 * through a server action), its URL kept for a hidden form field. `enhanced` turns true
 * once JavaScript runs; before that the file goes with the form and the action uploads it.
 */
export function useSingleUpload(initialUrl: string, send: (file: File) => Promise<UploadResult>, messages: Messages) {
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
      const result = await send(file)
      if (!result.ok) setStatus({ kind: "error", text: result.message })
      else {
        setUrl(result.url)
        setStatus({ kind: "ok", text: messages.uploaded })
      }
    } catch {
      setStatus({ kind: "error", text: messages.uploadFailed })
    } finally {
      // Uploaded already: the form must not send the file again.
      input.value = ""
      setUploading(false)
    }
  }

  return { url, setUrl, enhanced, uploading, status, upload }
}

/** The upload's progress or outcome (announced politely) and the form's error for the field. */
export function UploadStatus({
  uploading,
  uploadingText,
  status,
  error,
  errorId,
}: {
  uploading: boolean
  uploadingText: string
  status: { kind: "error" | "ok"; text: string } | null
  error?: string
  errorId?: string
}) {
  return (
    <>
      <p className={status?.kind === "error" ? styles.uploadError : styles.uploadStatus} role="status" aria-live="polite">
        {uploading ? uploadingText : status?.text}
      </p>
      {error && (
        <p id={errorId} className={styles.fieldError}>
          {error}
        </p>
      )}
    </>
  )
}
