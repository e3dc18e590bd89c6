import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129223213 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trade_fair" drop constraint if exists "trade_fair_handle_unique";`);
    this.addSql(`alter table if exists "display_point" drop constraint if exists "display_point_handle_unique";`);
    this.addSql(`alter table if exists "featured_catalog" drop constraint if exists "featured_catalog_handle_unique";`);
    this.addSql(`create table if not exists "featured_catalog" ("id" text not null, "handle" text not null, "title" text not null, "title_en" text null, "story" text null, "story_en" text null, "hero_image_url" text null, "starts_at" timestamptz null, "ends_at" timestamptz null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "featured_catalog_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_featured_catalog_handle_unique" ON "featured_catalog" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_featured_catalog_deleted_at" ON "featured_catalog" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "display_point" ("id" text not null, "handle" text not null, "name" text not null, "name_en" text null, "kind" text check ("kind" in ('market_stall', 'shop', 'mall', 'rest_stop', 'tourist_site')) not null, "address" text not null, "commune" text not null, "province" text not null, "lat" real null, "lng" real null, "active" boolean not null default true, "catalog_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "display_point_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_display_point_handle_unique" ON "display_point" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_display_point_catalog_id" ON "display_point" ("catalog_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_display_point_deleted_at" ON "display_point" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "display_point_scan" ("id" text not null, "scanned_at" timestamptz not null, "locale" text null, "display_point_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "display_point_scan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_display_point_scan_display_point_id" ON "display_point_scan" ("display_point_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_display_point_scan_deleted_at" ON "display_point_scan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_display_point_scan_display_point_id_scanned_at" ON "display_point_scan" ("display_point_id", "scanned_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "catalog_item" ("id" text not null, "product_id" text not null, "rank" integer not null, "note" text null, "note_en" text null, "catalog_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_item_catalog_id" ON "catalog_item" ("catalog_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_item_deleted_at" ON "catalog_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_item_catalog_id_rank" ON "catalog_item" ("catalog_id", "rank") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_item_product_id" ON "catalog_item" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trade_fair" ("id" text not null, "handle" text not null, "name" text not null, "name_en" text null, "starts_on" timestamptz not null, "ends_on" timestamptz not null, "place" text not null, "province" text not null, "description" text null, "description_en" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_fair_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_fair_handle_unique" ON "trade_fair" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_fair_deleted_at" ON "trade_fair" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "display_point" add constraint "display_point_catalog_id_foreign" foreign key ("catalog_id") references "featured_catalog" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "display_point_scan" add constraint "display_point_scan_display_point_id_foreign" foreign key ("display_point_id") references "display_point" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "catalog_item" add constraint "catalog_item_catalog_id_foreign" foreign key ("catalog_id") references "featured_catalog" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "display_point" drop constraint if exists "display_point_catalog_id_foreign";`);

    this.addSql(`alter table if exists "catalog_item" drop constraint if exists "catalog_item_catalog_id_foreign";`);

    this.addSql(`alter table if exists "display_point_scan" drop constraint if exists "display_point_scan_display_point_id_foreign";`);

    this.addSql(`drop table if exists "featured_catalog" cascade;`);

    this.addSql(`drop table if exists "display_point" cascade;`);

    this.addSql(`drop table if exists "display_point_scan" cascade;`);

    this.addSql(`drop table if exists "catalog_item" cascade;`);

    this.addSql(`drop table if exists "trade_fair" cascade;`);
  }

}
