import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129135412 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "craft_village" drop constraint if exists "craft_village_handle_unique";`);
    this.addSql(`create table if not exists "craft_village" ("id" text not null, "handle" text not null, "name" text not null, "name_en" text null, "commune" text not null, "province" text not null, "former_address" text null, "crafts" text[] not null, "recognition_kind" text check ("recognition_kind" in ('lang_nghe', 'lang_nghe_truyen_thong', 'nghe_truyen_thong')) not null, "decision_no" text null, "decision_date" timestamptz null, "households" integer not null default 0, "workers" integer not null default 0, "workers_trained" integer not null default 0, "households_env_compliant" integer not null default 0, "status" text check ("status" in ('effective', 'struggling', 'at_risk', 'dormant')) not null default 'effective', "story" text null, "story_en" text null, "lat" real null, "lng" real null, "tourism" boolean not null default false, "image_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "craft_village_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_craft_village_handle_unique" ON "craft_village" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_craft_village_deleted_at" ON "craft_village" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_craft_village_province_commune" ON "craft_village" ("province", "commune") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "craft_village" cascade;`);
  }

}
