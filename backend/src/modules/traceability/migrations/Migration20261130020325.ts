import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130020325 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scan_scanned_at" ON "scan" ("scanned_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_scan_scanned_at";`);
  }

}
