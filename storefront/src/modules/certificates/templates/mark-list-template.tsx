import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import type { MarkSummary } from "@/lib/certificates/types"
import { markKindLabel, markName } from "@/lib/certificates/view"
import { productListQuery } from "@/lib/util/search-params"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"
import sections from "@/modules/villages/components/page-sections.module.css"
import styles from "./marks.module.css"

/** Every GI and collective/certification mark: what it protects, its number, who may use it. */
export async function MarkListTemplate({ marks, locale }: { marks: MarkSummary[]; locale: AppLocale }) {
  const [t, page] = await Promise.all([getCertificatesTranslations("certificates.marks"), getCertificatesTranslations("certificates.mark")])

  return (
    <div className={`container ${sections.page}`}>
      <Breadcrumb label={page("breadcrumb")} crumbs={[{ label: page("home"), href: "/" }, { label: page("marks") }]} />
      <header className={styles.head}>
        <h1 className={sections.title}>{t("title")}</h1>
        <p className={styles.lead}>{t("lead")}</p>
        <p className="muted">{t("count", { count: marks.length })}</p>
      </header>

      {marks.length === 0 ? (
        <p className={styles.empty}>{t("empty")}</p>
      ) : (
        <ul className={sections.cards} aria-label={t("listLabel")}>
          {marks.map((mark) => {
            const name = markName(mark, locale)
            return (
              <li key={mark.handle}>
                <article className={styles.card}>
                  {mark.image_url ? (
                    <img src={mark.image_url} alt="" width={480} height={270} loading="lazy" decoding="async" className={styles.cardImage} />
                  ) : (
                    <div className={styles.cardPlaceholder} aria-hidden="true" />
                  )}
                  <div className={styles.cardBody}>
                    <p className={sections.eyebrow}>{markKindLabel(mark.kind, locale)}</p>
                    <h2 className={styles.cardTitle}>
                      <Link href={`/marks/${mark.handle}`} className={styles.cardLink}>
                        {name}
                      </Link>
                    </h2>
                    {mark.product_name && <p className={styles.cardMeta}>{mark.product_name}</p>}
                    {mark.certificate_number && <p className={styles.cardMeta}>{t("certificateNumber", { number: mark.certificate_number })}</p>}
                    {mark.managing_body && <p className={styles.cardMeta}>{mark.managing_body}</p>}
                    <p className={styles.cardFoot}>
                      <span>{t("producers", { count: mark.producer_count ?? 0 })}</span>
                      <Link href={`/products${productListQuery({ mark: mark.handle })}`} className={styles.cardAction}>
                        {t("products")}
                        <span className="visually-hidden">: {name}</span>
                      </Link>
                    </p>
                  </div>
                </article>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
