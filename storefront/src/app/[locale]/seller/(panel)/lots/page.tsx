import type { Metadata } from "next"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { getScansOverview, listLots, listVariantOptions, listZones } from "@/lib/data/lots"
import { requireSeller } from "@/lib/data/seller"
import { getLotsTranslations } from "@/lib/lots/i18n-server"
import { pageCount, parsePage } from "@/lib/util/pagination"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import { LotListTemplate } from "@/modules/lots/templates/lot-list-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

const PER_PAGE = 20

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params)
  const t = await getLotsTranslations("lots.meta")
  return { title: t("listTitle") }
}

export default async function SellerLotsPage({ params, searchParams }: Props) {
  await pageLocale(params)
  await connection()
  await requireSeller()
  const query = await searchParams
  const page = parsePage(query.page)
  const [result, zones, variants, scans] = await Promise.all([
    listLots({ page, perPage: PER_PAGE }),
    listZones(),
    listVariantOptions(),
    getScansOverview(),
  ])
  return (
    <LotListTemplate
      result={result}
      zones={zones}
      variants={variants}
      scans={scans}
      view={{
        page,
        pageCount: "count" in result ? pageCount(result.count, PER_PAGE) : 1,
        zoneAdded: firstParam(query.zone) ?? null,
      }}
    />
  )
}
