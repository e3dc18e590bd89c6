import { Link } from "@/i18n/navigation"
import styles from "./badges.module.css"

/**
 * A GI or mark a product carries, as a link to the mark's page: the kind's short name
 * ("CDĐL", "GI") shown, its full name read out.
 */
export function MarkBadge({
  handle,
  name,
  kindShort,
  kindName,
  size = "small",
}: {
  handle: string
  name: string
  kindShort: string
  kindName: string
  size?: "small" | "large"
}) {
  return (
    <Link href={`/marks/${handle}`} className={`${styles.mark} ${size === "large" ? styles.large : ""}`} title={`${kindName}: ${name}`}>
      <span className={styles.kind} aria-hidden="true">
        {kindShort}
      </span>
      <span className="visually-hidden">{kindName}: </span>
      <span className={styles.markName}>{name}</span>
    </Link>
  )
}
