import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addCalendarDays,
  calendarDateToStored,
  dueExpiryReminder,
  EXPIRY_REMINDER_DAYS,
  storedDateToCalendar,
  type CalendarDate,
} from "@cln/domain"
import { GEO_INDICATION_MODULE } from "../../../modules/geo-indication"
import type GeoIndicationModuleService from "../../../modules/geo-indication/service"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { certificateOwners, producerContacts, rightHolders } from "../utils/records"

export type ExpiryNotification = {
  to: string
  channel: string
  template: string
  resource_id: string
  resource_type: string
  data: Record<string, unknown>
}

const FAR = Math.max(...EXPIRY_REMINDER_DAYS)

/**
 * Read-only: what the daily job must change on `today`. Certificates and rights whose
 * last valid day is before today expire; those ending within 60 days get the reminder
 * that is due and not yet sent. Builds each producer's notifications.
 */
export const collectExpiringRecordsStep = createStep("collect-expiring-records", async (input: { today: CalendarDate }, { container }) => {
  const { today } = input
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const marks: GeoIndicationModuleService = container.resolve(GEO_INDICATION_MODULE)
  const start = calendarDateToStored(today)
  const horizon = calendarDateToStored(addCalendarDays(today, FAR))

  const [expiringCerts, endingCerts] = await Promise.all([
    ocop.listOcopCertificates({ status: "verified", valid_until: { $lt: start } }, { select: ["id", "decision_number", "stars", "valid_until"] }),
    ocop.listOcopCertificates(
      { status: "verified", valid_until: { $gte: start, $lte: horizon } },
      { select: ["id", "decision_number", "stars", "valid_until", "reminders_sent"] }
    ),
  ])
  const [expiringRights, endingRights] = await Promise.all([
    marks.listMarkRights({ status: "current", expires_at: { $lt: start } }, { relations: ["geo_mark"], select: ["id", "expires_at", "geo_mark.id", "geo_mark.name"] }),
    marks.listMarkRights(
      { status: "current", expires_at: { $gte: start, $lte: horizon } },
      { relations: ["geo_mark"], select: ["id", "expires_at", "reminders_sent", "geo_mark.id", "geo_mark.name"] }
    ),
  ])

  const certificateReminders = endingCerts
    .map((c) => {
      const sent = ((c.reminders_sent as unknown as number[]) ?? []).map(Number)
      const due = dueExpiryReminder(storedDateToCalendar(c.valid_until), today, sent)
      return due ? { certificate: c, due, reminders_sent: [...sent, due] } : null
    })
    .filter((r) => r !== null)
  const rightReminders = endingRights
    .map((r) => {
      const sent = ((r.reminders_sent as unknown as number[]) ?? []).map(Number)
      const due = dueExpiryReminder(storedDateToCalendar(r.expires_at!), today, sent)
      return due ? { right: r, due, reminders_sent: [...sent, due] } : null
    })
    .filter((r) => r !== null)

  const owners = await certificateOwners(container, [...expiringCerts, ...certificateReminders.map((r) => r.certificate)].map((c) => c.id))
  const holders = await rightHolders(container, [...expiringRights, ...rightReminders.map((r) => r.right)].map((r) => r.id))
  const contacts = await producerContacts(container, [
    ...[...owners.values()].map((o) => o.producer_id ?? ""),
    ...[...holders.values()].map((h) => h ?? ""),
  ])

  const notifications: ExpiryNotification[] = []
  const notify = (producerId: string | null | undefined, template: string, resource_type: string, resource_id: string, data: Record<string, unknown>) => {
    const contact = producerId ? contacts.get(producerId) : undefined
    for (const to of contact?.emails ?? []) {
      notifications.push({ to, channel: "email", template, resource_type, resource_id, data: { producer_id: producerId, producer_name: contact!.name, ...data } })
    }
  }
  for (const c of expiringCerts) {
    const owner = owners.get(c.id)
    notify(owner?.producer_id, "ocop-certificate-expired", "ocop_certificate", c.id, {
      product_title: owner?.product_title,
      decision_number: c.decision_number,
      stars: c.stars,
      valid_until: storedDateToCalendar(c.valid_until),
      subject_vi: "Chứng nhận OCOP đã hết hạn",
      subject_en: "Your OCOP certificate has expired",
    })
  }
  for (const { certificate: c, due } of certificateReminders) {
    const owner = owners.get(c.id)
    notify(owner?.producer_id, "ocop-certificate-expiring", "ocop_certificate", c.id, {
      product_title: owner?.product_title,
      decision_number: c.decision_number,
      stars: c.stars,
      valid_until: storedDateToCalendar(c.valid_until),
      days_before: due,
      subject_vi: `Chứng nhận OCOP sẽ hết hạn trong ${due} ngày`,
      subject_en: `Your OCOP certificate expires within ${due} days`,
    })
  }
  for (const r of expiringRights) {
    notify(holders.get(r.id), "mark-right-expired", "mark_right", r.id, {
      mark_name: r.geo_mark.name,
      expires_at: storedDateToCalendar(r.expires_at!),
      subject_vi: "Quyền sử dụng nhãn đã hết hạn",
      subject_en: "Your right to use a mark has ended",
    })
  }
  for (const { right: r, due } of rightReminders) {
    notify(holders.get(r.id), "mark-right-expiring", "mark_right", r.id, {
      mark_name: r.geo_mark.name,
      expires_at: storedDateToCalendar(r.expires_at!),
      days_before: due,
      subject_vi: `Quyền sử dụng nhãn sẽ hết hạn trong ${due} ngày`,
      subject_en: `Your right to use a mark ends within ${due} days`,
    })
  }

  return new StepResponse({
    expired_certificates: expiringCerts.map((c) => ({ id: c.id, product_id: owners.get(c.id)?.product_id ?? null })),
    certificate_reminders: certificateReminders.map((r) => ({ id: r.certificate.id, days_before: r.due, reminders_sent: r.reminders_sent })),
    expired_rights: expiringRights.map((r) => ({ id: r.id, geo_mark_id: r.geo_mark.id, producer_id: holders.get(r.id) ?? null })),
    right_reminders: rightReminders.map((r) => ({ id: r.right.id, days_before: r.due, reminders_sent: r.reminders_sent })),
    notifications,
  })
})
