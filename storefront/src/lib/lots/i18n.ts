import type { NamespaceKeys, NestedKeyOf, _Translator } from "next-intl"
import type lotsMessages from "../../../messages/lots/vi.json"

/**
 * The lot pages' wording lives in messages/lots (merged into each locale's messages by
 * src/i18n/request.ts); the app's message type describes the shop's file only, so the
 * lot pages type their translators by messages/lots/vi.json.
 */
export type LotsMessages = typeof lotsMessages
export type LotsNamespace = NamespaceKeys<LotsMessages, NestedKeyOf<LotsMessages>>
export type LotsTranslator<N extends LotsNamespace> = _Translator<LotsMessages, N>
