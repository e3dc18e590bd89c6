import { initials } from "@/lib/util/village-view"
import styles from "./artisan-portrait.module.css"

/** A round portrait, or the artisan's initials on a brocade-red disc when there is no photo. Decorative: the name is always beside it. */
export function ArtisanPortrait({ name, url, size }: { name: string; url: string | null; size: number }) {
  const box = { width: size, height: size, fontSize: `${Math.round(size * 0.36)}px` }
  return url ? (
    <img src={url} alt="" width={size} height={size} className={styles.portrait} style={box} loading="lazy" />
  ) : (
    <span className={`${styles.portrait} ${styles.initials}`} style={box} aria-hidden="true">
      {initials(name)}
    </span>
  )
}
