import "server-only"
import type { createTranslator } from "next-intl"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import type traceMessages from "../../../messages/trace/vi.json"

/** A translator for the "trace" namespace, typed by messages/trace/vi.json. */
export type TraceTranslator = ReturnType<typeof createTranslator<typeof traceMessages, "trace">>

/**
 * The trace wording of the request's messages (src/i18n/request.ts merges messages/trace
 * into each locale's messages; the app's message type only describes the shop's file).
 */
export async function getTraceTranslations(locale: AppLocale): Promise<TraceTranslator> {
  const t: unknown = await getTranslations({ locale, namespace: "trace" as never })
  return t as TraceTranslator
}
