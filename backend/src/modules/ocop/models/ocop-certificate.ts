import { OCOP_ISSUING_LEVELS, OCOP_PRODUCT_GROUP_KEYS } from "@cln/domain"
import { model } from "@medusajs/framework/utils"

/**
 * An OCOP rating decision as the producer submitted it and an officer checked it against
 * the paper decision. `stars`, `issuing_level` checks and `valid_until` come from the
 * rules in @cln/domain, never from the request. Dates are calendar days stored at UTC
 * midnight. `reminders_sent` lists the expiry reminders (60/30/7 days) already sent, so
 * the daily job never sends one twice.
 */
export const OcopCertificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocop" }).primaryKey(),
    product_group: model.enum([...OCOP_PRODUCT_GROUP_KEYS]),
    score: model.float(),
    stars: model.number(),
    // The certificate's own number (one decision may rate many products); unique per issuer.
    certificate_number: model.text().nullable(),
    decision_number: model.text(),
    decision_date: model.dateTime(),
    issuing_level: model.enum([...OCOP_ISSUING_LEVELS]),
    issuing_body: model.text(),
    valid_until: model.dateTime(),
    status: model.enum(["submitted", "verified", "rejected", "expired", "revoked"]).default("submitted"),
    // Why an officer rejected or revoked it; shown to the producer.
    status_reason: model.text().nullable(),
    evidence_url: model.text(),
    submitted_at: model.dateTime(),
    reviewed_at: model.dateTime().nullable(),
    // The officer (admin user id) who verified, rejected or revoked it.
    reviewed_by: model.text().nullable(),
    reminders_sent: model.json().default([] as any),
  })
  .indexes([{ on: ["status", "valid_until"] }, { on: ["issuing_body", "decision_number"] }, { on: ["issuing_body", "certificate_number"] }])
