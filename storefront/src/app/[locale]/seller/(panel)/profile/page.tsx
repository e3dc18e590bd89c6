import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { requireSeller } from "@/lib/data/seller"
import { ProfileTemplate } from "@/modules/seller/templates/profile-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.meta" })
  return { title: t("profileTitle") }
}

export default async function SellerProfilePage({ params }: Props) {
  await pageLocale(params)
  await connection()
  const session = await requireSeller()
  return <ProfileTemplate session={session} />
}
