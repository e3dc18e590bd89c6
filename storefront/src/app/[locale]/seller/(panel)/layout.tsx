import { connection } from "next/server"
import type { ReactNode } from "react"
import { pageLocale } from "@/i18n/page-locale"
import { requireSeller } from "@/lib/data/seller"
import { PanelShell } from "@/modules/seller/templates/panel-shell"

/** Every panel page needs a signed-in producer; each request reads it anew. */
export default async function PanelLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  await connection()
  const session = await requireSeller()
  return (
    <PanelShell session={session} locale={locale}>
      {children}
    </PanelShell>
  )
}
