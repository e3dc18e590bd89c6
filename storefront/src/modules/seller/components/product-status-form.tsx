"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { ActionNotice } from "@/lib/actions/seller"
import type { SellerProductStatus } from "@/lib/seller-types"
import { FormAlert } from "./form-alert"
import { SubmitButton } from "./submit-button"

type StatusAction = (previous: ActionNotice, formData: FormData) => Promise<ActionNotice>

/** Publish a draft, or take a published product off sale. */
export function ProductStatusForm({ action, status }: { action: StatusAction; status: SellerProductStatus }) {
  const t = useTranslations("seller.productForm")
  const common = useTranslations("seller.common")
  const [notice, formAction] = useActionState(action, { ok: true, message: null })
  const target: SellerProductStatus = status === "published" ? "draft" : "published"

  return (
    <form action={formAction}>
      {notice.message && <FormAlert kind={notice.ok ? "success" : "error"} message={notice.message} />}
      <input type="hidden" name="status" value={target} />
      <SubmitButton variant={target === "published" ? "primary" : "secondary"} pendingLabel={common("sending")}>
        {target === "published" ? t("publishNow") : t("unpublish")}
      </SubmitButton>
    </form>
  )
}
