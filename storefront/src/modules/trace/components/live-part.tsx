import type { LiveSlot } from "@/lib/trace/live-html"
import { liveSlot } from "@/lib/trace/live-html"

/**
 * A part of the trace page that changes with every scan (the verdict) or edit (the chain
 * status). It is HTML from lib/trace/live-html, the same code the trace edge uses to write
 * the fresh part into a page it has kept; React leaves inner HTML alone when it hydrates.
 */
export function LivePart({ slot, html }: { slot: LiveSlot; html: string }) {
  return <div data-trace-slot={slot} dangerouslySetInnerHTML={{ __html: liveSlot(slot, html) }} />
}
