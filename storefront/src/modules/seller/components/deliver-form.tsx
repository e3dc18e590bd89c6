"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { ActionNotice } from "@/lib/actions/seller"
import { FormAlert } from "./form-alert"
import { SubmitButton } from "./submit-button"

type DeliverAction = (previous: ActionNotice) => Promise<ActionNotice>

export function DeliverForm({ action }: { action: DeliverAction }) {
  const t = useTranslations("seller.order")
  const common = useTranslations("seller.common")
  const [notice, formAction] = useActionState(action, { ok: true, message: null })
  return (
    <form action={formAction}>
      {notice.message && <FormAlert kind="error" message={notice.message} />}
      <SubmitButton pendingLabel={common("sending")}>{t("deliver")}</SubmitButton>
    </form>
  )
}
