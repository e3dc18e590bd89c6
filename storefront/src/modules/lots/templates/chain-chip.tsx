import { getLotsTranslations } from "@/lib/lots/i18n-server"
import type { ChainState } from "@/lib/lots/view"
import { StatusChip } from "@/modules/seller/components/status-chip"

const TONES = { valid: "success", broken: "danger", empty: "neutral" } as const

/** Whether the lot's event chain verifies: "Chuỗi hợp lệ", "Chuỗi bị phá vỡ", or no steps yet. */
export async function ChainChip({ state }: { state: ChainState }) {
  const t = await getLotsTranslations("lots.chain")
  return <StatusChip tone={TONES[state]}>{t(state)}</StatusChip>
}
