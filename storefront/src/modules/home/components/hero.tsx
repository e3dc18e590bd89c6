import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import styles from "./hero.module.css"

/** A fixed 9×9 pattern that reads as a QR code at a glance (decorative, not scannable). */
const QR_PATTERN = [
  "111011101",
  "101001011",
  "111010111",
  "000110000",
  "110101011",
  "001011100",
  "111000101",
  "101011010",
  "111010111",
]

function QrPattern() {
  return (
    <svg viewBox="0 0 9 9" width="96" height="96" shapeRendering="crispEdges" aria-hidden="true" focusable="false">
      {QR_PATTERN.flatMap((row, y) =>
        [...row].map((cell, x) => (cell === "1" ? <rect key={`${x}-${y}`} x={x} y={y} width="1" height="1" fill="#2b211a" /> : null))
      )}
    </svg>
  )
}

export async function Hero() {
  const t = await getTranslations("home")

  return (
    <section className={styles.hero} aria-labelledby="hero-title">
      <div className={`container ${styles.inner}`}>
        <div className={styles.copy}>
          <p className={styles.eyebrow}>{t("eyebrow")}</p>
          <h1 id="hero-title" className={styles.title}>
            {t("heroTitle")}
          </h1>
          <p className={styles.lead}>{t("heroLead")}</p>
          <div className={styles.actions}>
            <Link href="/products" className="button">
              {t("shopNow")}
            </Link>
            <a href="#how-it-works" className="button button-secondary">
              {t("howItWorksLink")}
            </a>
          </div>
        </div>
        <div className={styles.visual} aria-hidden="true">
          <div className={styles.label}>
            <p className={styles.labelCaption}>{t("labelCaption")}</p>
            <div className={styles.labelBody}>
              <QrPattern />
              <div>
                <p className={styles.labelProduct}>{t("labelProduct")}</p>
                <p className={styles.labelPlace}>{t("labelPlace")}</p>
                <p className={styles.labelScan}>{t("labelScan")}</p>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
  )
}
