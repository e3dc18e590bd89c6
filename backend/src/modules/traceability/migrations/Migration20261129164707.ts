import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129164707 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_lot_id_sequence_unique";`);
    this.addSql(`alter table if exists "trace_code" drop constraint if exists "trace_code_code_unique";`);
    this.addSql(`alter table if exists "lot" drop constraint if exists "lot_code_unique";`);
    this.addSql(`create table if not exists "raw_material_zone" ("id" text not null, "name" text not null, "area_ha" real null, "certifications" text[] not null default '{}', "commune" text null, "province" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "raw_material_zone_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_raw_material_zone_deleted_at" ON "raw_material_zone" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lot" ("id" text not null, "lot_number" text not null, "code" text not null, "quantity" real not null, "uom" text not null default 'pcs', "produced_at" timestamptz null, "expires_at" timestamptz null, "head_hash" text null, "event_count" integer not null default 0, "serial_count" integer not null default 0, "zone_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lot_code_unique" ON "lot" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_zone_id" ON "lot" ("zone_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_deleted_at" ON "lot" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "label_job" ("id" text not null, "size" text not null, "include_serials" boolean not null default false, "total" integer not null, "done" integer not null default 0, "status" text check ("status" in ('queued', 'running', 'done', 'failed')) not null default 'queued', "error" text null, "file_key" text null, "file_url" text null, "requested_by" text null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "label_job_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_label_job_lot_id" ON "label_job" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_label_job_deleted_at" ON "label_job" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trace_code" ("id" text not null, "code" text not null, "kind" text check ("kind" in ('product', 'lot', 'unit')) not null, "scan_count" integer not null default 0, "first_scanned_at" timestamptz null, "first_scan_place" jsonb null, "last_scanned_at" timestamptz null, "lot_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_code_code_unique" ON "trace_code" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_code_lot_id" ON "trace_code" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_code_deleted_at" ON "trace_code" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "scan" ("id" text not null, "scanned_at" timestamptz not null, "country" text null, "region" text null, "city" text null, "place" jsonb null, "fingerprint" text null, "verdict" text not null, "trace_code_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "scan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scan_trace_code_id" ON "scan" ("trace_code_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scan_deleted_at" ON "scan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scan_trace_code_id_scanned_at" ON "scan" ("trace_code_id", "scanned_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trace_event" ("id" text not null, "sequence" integer not null, "step" text not null, "event_type" text not null, "action" text null, "biz_step" text not null, "disposition" text null, "event_time" timestamptz not null, "event_time_zone_offset" text not null default '+07:00', "read_point" text null, "biz_location" text null, "place_name" text null, "inputs" jsonb null, "outputs" jsonb null, "data" jsonb null, "prev_hash" text null, "hash" text not null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_lot_id" ON "trace_event" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_deleted_at" ON "trace_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_event_lot_id_sequence_unique" ON "trace_event" ("lot_id", "sequence") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "lot" add constraint "lot_zone_id_foreign" foreign key ("zone_id") references "raw_material_zone" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "label_job" add constraint "label_job_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "trace_code" add constraint "trace_code_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "scan" add constraint "scan_trace_code_id_foreign" foreign key ("trace_code_id") references "trace_code" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "trace_event" add constraint "trace_event_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "lot" drop constraint if exists "lot_zone_id_foreign";`);

    this.addSql(`alter table if exists "label_job" drop constraint if exists "label_job_lot_id_foreign";`);

    this.addSql(`alter table if exists "trace_code" drop constraint if exists "trace_code_lot_id_foreign";`);

    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_lot_id_foreign";`);

    this.addSql(`alter table if exists "scan" drop constraint if exists "scan_trace_code_id_foreign";`);

    this.addSql(`drop table if exists "raw_material_zone" cascade;`);

    this.addSql(`drop table if exists "lot" cascade;`);

    this.addSql(`drop table if exists "label_job" cascade;`);

    this.addSql(`drop table if exists "trace_code" cascade;`);

    this.addSql(`drop table if exists "scan" cascade;`);

    this.addSql(`drop table if exists "trace_event" cascade;`);
  }

}
