import styles from "./status-chip.module.css"

export type ChipTone = "success" | "neutral" | "warning" | "danger" | "info"

/** A short status word in a coloured pill; the colour is never the only signal. */
export function StatusChip({ tone, children }: { tone: ChipTone; children: string }) {
  return <span className={`${styles.chip} ${styles[tone]}`}>{children}</span>
}
