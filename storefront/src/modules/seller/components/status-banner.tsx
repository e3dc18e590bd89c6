import { getTranslations } from "next-intl/server"
import type { SellerProducer } from "@/lib/seller-types"
import styles from "./status-banner.module.css"

/** Why a producer cannot sell yet (or any more): shown on every panel page until approved. */
export async function StatusBanner({ producer }: { producer: Pick<SellerProducer, "status" | "status_reason"> }) {
  if (producer.status === "approved") return null
  const t = await getTranslations("seller.status")
  const content = {
    pending: { title: t("pendingTitle"), text: t("pendingText"), tone: styles.pending },
    rejected: { title: t("rejectedTitle"), text: t("rejectedText"), tone: styles.rejected },
    suspended: { title: t("suspendedTitle"), text: t("suspendedText"), tone: styles.rejected },
  }[producer.status]
  const showReason = producer.status !== "pending"

  return (
    // Above each page's heading, so its title is not a heading itself.
    <section className={`${styles.banner} ${content.tone}`} aria-labelledby="status-banner-title">
      <svg className={styles.icon} width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
        {producer.status === "pending" ? (
          <>
            <circle cx="12" cy="12" r="9" />
            <path d="M12 7v5l3 2" strokeLinecap="round" />
          </>
        ) : (
          <>
            <path d="M12 3 2 21h20L12 3Z" strokeLinejoin="round" />
            <path d="M12 10v4M12 17.5v.5" strokeLinecap="round" />
          </>
        )}
      </svg>
      <div>
        <p id="status-banner-title" className={styles.title}>
          {content.title}
        </p>
        <p className={styles.text}>{content.text}</p>
        {showReason && (
          <p className={styles.reason}>{producer.status_reason ? t("reason", { reason: producer.status_reason }) : t("noReason")}</p>
        )}
      </div>
    </section>
  )
}
