import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129143211 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "artisan" drop constraint if exists "artisan_handle_unique";`);
    this.addSql(`create table if not exists "artisan" ("id" text not null, "handle" text not null, "name" text not null, "title" text check ("title" in ('tho_gioi', 'nghe_nhan', 'nghe_nhan_uu_tu', 'nghe_nhan_nhan_dan')) not null, "title_year" integer null, "ethnic_group" text not null, "bio" text not null, "bio_en" text null, "portrait_url" text null, "works" jsonb not null, "craft_village_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_handle_unique" ON "artisan" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_craft_village_id" ON "artisan" ("craft_village_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_deleted_at" ON "artisan" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "artisan" add constraint "artisan_craft_village_id_foreign" foreign key ("craft_village_id") references "craft_village" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "artisan" cascade;`);
  }

}
