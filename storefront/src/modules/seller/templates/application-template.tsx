import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { FormState } from "@/lib/actions/seller"
import type { ApplicationValues } from "@/lib/util/seller-application"
import { ApplicationForm, type VillageChoice } from "../components/application-form"
import styles from "./seller.module.css"

export async function ApplicationTemplate({
  initial,
  villages,
  shopUrlPrefix,
}: {
  initial: FormState<ApplicationValues>
  villages: VillageChoice[]
  shopUrlPrefix: string
}) {
  const t = await getTranslations("seller.apply")

  return (
    <div className={`container ${styles.page} ${styles.narrow}`}>
      <p className={styles.eyebrow}>{t("eyebrow")}</p>
      <h1>{t("title")}</h1>
      <p className={styles.lead}>{t("lead")}</p>
      <ol className={styles.steps} aria-label={t("stepsLabel")}>
        <li>{t("step1")}</li>
        <li>{t("step2")}</li>
        <li>{t("step3")}</li>
      </ol>
      <ApplicationForm initial={initial} villages={villages} shopUrlPrefix={shopUrlPrefix} />
      <div className={styles.aside}>
        <p>
          {t("haveShop")} <Link href="/seller/login">{t("loginLink")}</Link>
        </p>
      </div>
    </div>
  )
}
