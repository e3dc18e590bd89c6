import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCalendarDate } from "@cln/domain"
import { expireCertificatesWorkflow } from "../workflows/certificates/workflows/expire-certificates"

/**
 * Every day just after midnight in Vietnam: certificates and rights past their last
 * valid day expire (badges and claims go with them) and producers get the expiry
 * reminders that are due. "Today" is Vietnam's calendar day whatever the server's zone.
 */
export default async function expireCertificatesJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const today = toCalendarDate(new Date())
  const { result } = await expireCertificatesWorkflow(container).run({ input: { today } })
  logger.info(
    `Certificates on ${today}: ${result.expired_certificates} certificates and ${result.expired_rights} rights expired, ${result.reminders} reminders due, ${result.notifications} notifications sent`
  )
}

export const config = {
  name: "expire-certificates",
  // Cron reads the server's clock, which is UTC in our images: 17:05 UTC is 00:05 in
  // Asia/Ho_Chi_Minh (UTC+7, no daylight saving). A run at another hour is still correct,
  // only later: the job acts on Vietnam's date and sends nothing twice.
  schedule: "5 17 * * *",
}
