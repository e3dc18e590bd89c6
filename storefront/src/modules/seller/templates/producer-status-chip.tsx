import { getTranslations } from "next-intl/server"
import type { ProducerStatus } from "@/lib/seller-types"
import { StatusChip, type ChipTone } from "../components/status-chip"

const TONES: Record<ProducerStatus, ChipTone> = {
  pending: "warning",
  approved: "success",
  rejected: "danger",
  suspended: "danger",
}

export async function ProducerStatusChip({ status }: { status: ProducerStatus }) {
  const t = await getTranslations("seller.status")
  return <StatusChip tone={TONES[status]}>{t(status)}</StatusChip>
}
