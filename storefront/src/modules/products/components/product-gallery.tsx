import { getTranslations } from "next-intl/server"
import styles from "./product-gallery.module.css"

/**
 * All images at once, no script: a large first image, then the rest. On phones the rest
 * scroll sideways inside the gallery.
 */
export async function ProductGallery({ title, images }: { title: string; images: string[] }) {
  const t = await getTranslations("product")
  const [first, ...rest] = images

  if (!first) {
    return (
      <div className={styles.empty} role="img" aria-label={t("noImage")}>
        <span aria-hidden="true">{t("noImage")}</span>
      </div>
    )
  }

  return (
    <section aria-label={t("gallery")} className={styles.gallery}>
      <img
        src={first}
        alt={title}
        width={800}
        height={800}
        loading="eager"
        fetchPriority="high"
        decoding="async"
        className={styles.main}
      />
      {rest.length > 0 && (
        <ul className={styles.more}>
          {rest.map((url, index) => (
            <li key={url}>
              <img
                src={url}
                alt={t("imageAlt", { title, n: index + 2 })}
                width={400}
                height={400}
                loading="lazy"
                decoding="async"
                className={styles.thumb}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
