import styles from "./badges.module.css"

const STAR_PATH = "M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8L12 2.5Z"

/**
 * The OCOP mark with its stars drawn. One image to assistive technology, named by
 * `label` ("OCOP 4 sao"); the word and the stars inside are decoration.
 */
export function OcopBadge({ stars, label, size = "small" }: { stars: number; label: string; size?: "small" | "large" }) {
  return (
    <span className={`${styles.ocop} ${size === "large" ? styles.large : ""}`} role="img" aria-label={label} title={label} data-ocop-stars={stars}>
      <span aria-hidden="true">OCOP</span>
      <span className={styles.stars} aria-hidden="true">
        {Array.from({ length: stars }, (_, index) => (
          <svg key={index} className={styles.star} viewBox="0 0 24 24" focusable="false">
            <path d={STAR_PATH} fill="currentColor" />
          </svg>
        ))}
      </span>
    </span>
  )
}
