import type { ReactNode } from "react"
import { LotsIntlProvider } from "@/modules/lots/components/lots-intl-provider"

/** The lot pages' client components need the "lots" messages besides the panel's. */
export default function LotsLayout({ children }: { children: ReactNode }) {
  return <LotsIntlProvider>{children}</LotsIntlProvider>
}
