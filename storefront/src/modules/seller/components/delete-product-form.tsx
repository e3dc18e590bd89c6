"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { ActionNotice } from "@/lib/actions/seller"
import { FormAlert } from "./form-alert"
import { SubmitButton } from "./submit-button"
import styles from "./danger-zone.module.css"

type DeleteAction = (previous: ActionNotice, formData: FormData) => Promise<ActionNotice>

/**
 * Deleting takes two deliberate steps that need no JavaScript: open the section, tick
 * the confirmation, then press delete. The server refuses a delete without the tick.
 */
export function DeleteProductForm({ action, handle }: { action: DeleteAction; handle: string }) {
  const t = useTranslations("seller.productForm")
  const common = useTranslations("seller.common")
  const [notice, formAction] = useActionState(action, { ok: true, message: null })

  return (
    <details className={styles.zone} open={notice.message ? true : undefined}>
      <summary className={styles.summary}>{t("deleteOpen")}</summary>
      <form action={formAction} className={styles.body}>
        {notice.message && <FormAlert kind="error" message={notice.message} />}
        <p className={styles.warning}>{t("deleteWarning")}</p>
        <input type="hidden" name="handle" value={handle} />
        <label className={styles.confirm}>
          <input type="checkbox" name="confirm" value="yes" required />
          <span>{t("deleteConfirm")}</span>
        </label>
        <SubmitButton variant="danger" pendingLabel={common("sending")}>
          {t("deleteButton")}
        </SubmitButton>
      </form>
    </details>
  )
}
