import type { AppLocale } from "@/i18n/routing"
import type { GeoMarkBadge, OcopBadge as OcopBadgeData } from "@/lib/certificates/types"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import { markKindKey, markKindLabel, markName, ocopStars } from "@/lib/certificates/view"
import styles from "./badges.module.css"
import { MarkBadge } from "./mark-badge"
import { OcopBadge } from "./ocop-badge"

/**
 * A product's OCOP stars and the marks it carries, as the backend lists them (only
 * verified, unexpired certificates and valid claims). Nothing when it has none.
 */
export async function CertificateBadges({
  product,
  locale,
  size = "small",
}: {
  product: { ocop_badge?: Pick<OcopBadgeData, "stars"> | null; geo_marks?: Pick<GeoMarkBadge, "handle" | "kind" | "name" | "name_en">[] | null }
  locale: AppLocale
  size?: "small" | "large"
}) {
  const stars = ocopStars(product.ocop_badge?.stars)
  const marks = product.geo_marks ?? []
  if (stars === null && marks.length === 0) return null
  const [badge, short] = await Promise.all([getCertificatesTranslations("certificates.badge"), getCertificatesTranslations("certificates.kindsShort")])

  return (
    <ul className={styles.badges} aria-label={badge("list")}>
      {stars !== null && (
        <li>
          <OcopBadge stars={stars} label={badge("ocop", { stars })} size={size} />
        </li>
      )}
      {marks.map((mark) => (
        <li key={mark.handle}>
          <MarkBadge
            handle={mark.handle}
            name={markName(mark, locale)}
            kindShort={short(markKindKey(mark.kind))}
            kindName={markKindLabel(mark.kind, locale)}
            size={size}
          />
        </li>
      ))}
    </ul>
  )
}
