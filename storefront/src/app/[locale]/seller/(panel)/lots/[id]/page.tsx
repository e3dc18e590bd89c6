import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { getLot } from "@/lib/data/lots"
import { requireSeller } from "@/lib/data/seller"
import { isPlausibleId } from "@/lib/lots/forms"
import { getLotsTranslations } from "@/lib/lots/i18n-server"
import { parseStepParam } from "@/lib/lots/steps"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { LotDetailTemplate } from "@/modules/lots/templates/lot-detail-template"
import { NotApprovedNotice } from "@/modules/seller/templates/not-approved-notice"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params)
  const { id } = await params
  const t = await getLotsTranslations("lots.meta")
  const lot = isPlausibleId(id) ? await getLot(id) : null
  return { title: lot && !("ok" in lot) ? t("lotTitle", { number: lot.lot_number }) : t("listTitle") }
}

/** Whole numbers from `?serials=` (the count just issued). */
function parseCount(raw: string | undefined): number | null {
  return raw && /^\d{1,5}$/.test(raw) ? Number(raw) : null
}

export default async function SellerLotPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  await requireSeller()
  const { id } = await params
  if (!isPlausibleId(id)) notFound()
  // Another producer's lot answers 404 as an unknown one does.
  const lot = await getLot(id)
  if (!lot) notFound()
  if ("ok" in lot) return <NotApprovedNotice message={lot.message} />
  const query = await searchParams
  return (
    <LotDetailTemplate
      lot={lot}
      locale={locale}
      step={parseStepParam(query.step)}
      notice={{
        created: Boolean(firstParam(query.created)),
        recorded: parseStepParam(query.recorded),
        serials: parseCount(firstParam(query.serials)),
      }}
    />
  )
}
