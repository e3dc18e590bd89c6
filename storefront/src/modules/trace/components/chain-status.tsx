import type { TraceTranslator } from "@/lib/trace/i18n"
import type { ChainVerdict } from "@/lib/trace/types"
import { shortHash } from "@/lib/trace/view"
import styles from "../templates/trace-template.module.css"

/** Whether the lot's hash chain still verifies; when it does not, where and why it breaks. */
export function ChainStatus({ chain, t }: { chain: ChainVerdict; t: TraceTranslator }) {
  return (
    <section className={styles.section} aria-labelledby="chain-title">
      <h2 id="chain-title">{t("chain.title")}</h2>
      {chain.valid ? (
        chain.length === 0 ? (
          <p className="muted">{t("chain.empty")}</p>
        ) : (
          <div className={styles.chain} data-chain="valid">
            <p>{`✓ ${t("chain.valid")}`}</p>
            <p>{t("chain.validText", { count: chain.length })}</p>
            <p>
              {`${t("chain.lastHash")}: `}
              <code>{shortHash(chain.head)}</code>
            </p>
          </div>
        )
      ) : (
        <div className={`${styles.chain} ${styles.broken}`} data-chain="broken" role="alert">
          <p>{`⚠ ${t("chain.broken")}`}</p>
          <p>{t(`chain.reason.${chain.reason}`, { position: chain.broken_at })}</p>
        </div>
      )}
    </section>
  )
}
