import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129193903 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "geo_mark" drop constraint if exists "geo_mark_handle_unique";`);
    this.addSql(`create table if not exists "geo_mark" ("id" text not null, "handle" text not null, "kind" text check ("kind" in ('geographic_indication', 'collective_mark', 'certification_mark')) not null, "name" text not null, "name_en" text null, "certificate_number" text null, "decision_number" text null, "decision_date" timestamptz null, "product_name" text not null, "managing_body" text not null, "description" text null, "description_en" text null, "properties" jsonb not null default '[]', "area" jsonb not null default '[]', "area_geojson" jsonb null, "image_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "geo_mark_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_geo_mark_handle_unique" ON "geo_mark" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_geo_mark_deleted_at" ON "geo_mark" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mark_right" ("id" text not null, "granted_at" timestamptz not null, "expires_at" timestamptz null, "status" text check ("status" in ('current', 'revoked', 'expired')) not null default 'current', "revoked_reason" text null, "reminders_sent" jsonb not null default '[]', "geo_mark_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mark_right_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mark_right_geo_mark_id" ON "mark_right" ("geo_mark_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mark_right_deleted_at" ON "mark_right" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mark_right_status_expires_at" ON "mark_right" ("status", "expires_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "mark_right" add constraint "mark_right_geo_mark_id_foreign" foreign key ("geo_mark_id") references "geo_mark" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "mark_right" drop constraint if exists "mark_right_geo_mark_id_foreign";`);

    this.addSql(`drop table if exists "geo_mark" cascade;`);

    this.addSql(`drop table if exists "mark_right" cascade;`);
  }

}
