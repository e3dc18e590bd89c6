import { getTranslations } from "next-intl/server"
import type { OrderStage } from "@/lib/util/seller-view"
import { StatusChip, type ChipTone } from "../components/status-chip"

const TONES: Record<OrderStage, ChipTone> = { new: "warning", shipped: "info", delivered: "success", canceled: "neutral" }

export async function OrderStageChip({ stage }: { stage: OrderStage }) {
  const t = await getTranslations("seller.orders")
  return <StatusChip tone={TONES[stage]}>{t(stage)}</StatusChip>
}
