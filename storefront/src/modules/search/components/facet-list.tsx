import { Link } from "@/i18n/navigation"
import styles from "./facet-list.module.css"

export type FacetLink = { key: string; label: string; count: number; href: string; active: boolean }

/** One facet: its values as links with their counts; the active value links back out of it. */
export function FacetList({ title, links, countLabel }: { title: string; links: FacetLink[]; countLabel: (count: number) => string }) {
  if (!links.length) return null
  return (
    <section className={styles.facet} aria-label={title}>
      <h3 className={styles.title}>{title}</h3>
      <ul className={styles.list}>
        {links.map((link) => (
          <li key={link.key}>
            <Link href={link.href} className={styles.link} aria-current={link.active ? "true" : undefined} data-facet-count={link.count}>
              <span className={styles.label}>{link.label}</span>
              <span className={styles.count}>
                <span aria-hidden="true">{link.count}</span>
                <span className="visually-hidden">{countLabel(link.count)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
