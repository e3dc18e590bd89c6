import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129193902 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_badge" drop constraint if exists "ocop_badge_certificate_id_unique";`);
    this.addSql(`create table if not exists "ocop_badge" ("id" text not null, "certificate_id" text not null, "stars" integer not null, "score" real not null, "product_group" text not null, "certificate_number" text null, "decision_number" text not null, "decision_date" timestamptz not null, "issuing_level" text not null, "issuing_body" text not null, "valid_until" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_badge_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_badge_certificate_id_unique" ON "ocop_badge" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_badge_deleted_at" ON "ocop_badge" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_badge_stars" ON "ocop_badge" ("stars") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "product_group" text check ("product_group" in ('food', 'drinks', 'herbal', 'handicrafts', 'ornamental', 'tourism')) not null, "score" real not null, "stars" integer not null, "certificate_number" text null, "decision_number" text not null, "decision_date" timestamptz not null, "issuing_level" text check ("issuing_level" in ('province', 'central')) not null, "issuing_body" text not null, "valid_until" timestamptz not null, "status" text check ("status" in ('submitted', 'verified', 'rejected', 'expired', 'revoked')) not null default 'submitted', "status_reason" text null, "evidence_url" text not null, "submitted_at" timestamptz not null, "reviewed_at" timestamptz null, "reviewed_by" text null, "reminders_sent" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status_valid_until" ON "ocop_certificate" ("status", "valid_until") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_issuing_body_decision_number" ON "ocop_certificate" ("issuing_body", "decision_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_issuing_body_certificate_number" ON "ocop_certificate" ("issuing_body", "certificate_number") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_badge" cascade;`);

    this.addSql(`drop table if exists "ocop_certificate" cascade;`);
  }

}
