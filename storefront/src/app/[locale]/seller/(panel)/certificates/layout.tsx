import type { ReactNode } from "react"
import { CertificatesIntlProvider } from "@/modules/certificates/components/certificates-intl-provider"

/** The certificates page's client components need the "certificates" messages besides the panel's. */
export default function CertificatesLayout({ children }: { children: ReactNode }) {
  return <CertificatesIntlProvider>{children}</CertificatesIntlProvider>
}
