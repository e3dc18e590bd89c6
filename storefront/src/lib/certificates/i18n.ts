import type { NamespaceKeys, NestedKeyOf, _Translator } from "next-intl"
import type certificateMessages from "../../../messages/certificates/vi.json"

/**
 * The certificate wording (badges, GI pages, the panel's certificates page) lives in
 * messages/certificates, merged into each locale's messages by src/i18n/request.ts; the
 * app's message type describes the shop's file only, so these translators are typed by
 * messages/certificates/vi.json.
 */
export type CertificateMessages = typeof certificateMessages
export type CertificatesNamespace = NamespaceKeys<CertificateMessages, NestedKeyOf<CertificateMessages>>
export type CertificatesTranslator<N extends CertificatesNamespace> = _Translator<CertificateMessages, N>
