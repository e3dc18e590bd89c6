import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129224713 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "village_record_change" ("id" text not null, "field" text not null, "from_value" text null, "to_value" text null, "changed_by" text null, "changed_at" timestamptz not null, "source" text check ("source" in ('edit', 'import')) not null, "import_id" text null, "craft_village_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "village_record_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_village_record_change_craft_village_id" ON "village_record_change" ("craft_village_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_village_record_change_deleted_at" ON "village_record_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_village_record_change_craft_village_id_changed_at" ON "village_record_change" ("craft_village_id", "changed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_village_record_change_import_id" ON "village_record_change" ("import_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "village_record_change" add constraint "village_record_change_craft_village_id_foreign" foreign key ("craft_village_id") references "craft_village" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "village_record_change" cascade;`);
  }

}
