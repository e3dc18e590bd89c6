"use client"

import { useTranslations } from "next-intl"
import type { LotsNamespace, LotsTranslator } from "@/lib/lots/i18n"

/** A translator for part of the "lots" messages (typed by messages/lots/vi.json). */
export function useLotsTranslations<N extends LotsNamespace>(namespace: N): LotsTranslator<N> {
  return useTranslations(namespace as never) as unknown as LotsTranslator<N>
}
