import { getTranslations } from "next-intl/server"
import styles from "./how-it-works.module.css"

export async function HowItWorks() {
  const t = await getTranslations("home")
  const steps = [
    { title: t("step1Title"), text: t("step1Text") },
    { title: t("step2Title"), text: t("step2Text") },
    { title: t("step3Title"), text: t("step3Text") },
  ]

  return (
    <section id="how-it-works" className={styles.band} aria-labelledby="how-title">
      <div className="container">
        <h2 id="how-title" className={styles.title}>
          {t("howTitle")}
        </h2>
        <ol className={styles.steps}>
          {steps.map((step, index) => (
            <li key={index} className={styles.step}>
              <span className={styles.number} aria-hidden="true">
                {index + 1}
              </span>
              <h3>{step.title}</h3>
              <p>{step.text}</p>
            </li>
          ))}
        </ol>
      </div>
    </section>
  )
}
