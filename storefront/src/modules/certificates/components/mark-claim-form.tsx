"use client"

import { useActionState } from "react"
import type { ClaimNotice } from "@/lib/actions/certificates"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import styles from "./mark-claim-form.module.css"
import { useCertificatesTranslations } from "./use-certificates-translations"

type ClaimAction = (previous: ClaimNotice, formData: FormData) => Promise<ClaimNotice>

/** One product under a right of use: whether it carries the mark, and the button to change that. */
export function MarkClaimForm({ action, product, mark, claimed }: { action: ClaimAction; product: string; mark: string; claimed: boolean }) {
  const t = useCertificatesTranslations("certificates.seller.rights")
  const [state, formAction] = useActionState(action, { ok: true, message: null })

  return (
    <form action={formAction} className={styles.row}>
      <div className={styles.product}>
        <span className={styles.title}>{product}</span>
        <span className={claimed ? styles.on : styles.off}>{claimed ? t("claimed") : t("notClaimed")}</span>
      </div>
      <input type="hidden" name="intent" value={claimed ? "unclaim" : "claim"} />
      <SubmitButton variant="secondary" className={styles.button}>
        <span aria-hidden="true">{claimed ? t("unclaim") : t("claim")}</span>
        <span className="visually-hidden">{claimed ? t("unclaimFor", { mark, product }) : t("claimFor", { mark, product })}</span>
      </SubmitButton>
      <p className={state.ok ? styles.notice : styles.error} role={state.ok ? "status" : "alert"}>
        {state.message}
      </p>
    </form>
  )
}
