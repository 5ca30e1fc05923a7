/**
 * `gongkai backup --out FILE`: every app table (except the transient ones) in dependency order,
 * read in one REPEATABLE READ transaction (a consistent snapshot while the app keeps running),
 * sealed with the installation's backup key (decision 017) and written atomically with owner-only
 * permissions (the file holds password hashes).
 */
import type { Db } from '../../db/db.ts';
import { appliedMigrations, dumpRows, listAppTables } from '../../db/queries/backup.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { BACKUP_FORMAT, rowLine, sealBackup, TRANSIENT_TABLES, type BackupHeader } from './backup-format.ts';
import type { BackupKey } from './backup-integrity.ts';

/** Rows written per table. */
export type BackupSummary = { tables: Record<string, number>; rows: number };

/** Builds the sealed backup text from a database. */
export async function dumpDatabase(
  db: Db,
  now: Date,
  key: BackupKey,
): Promise<{ text: string; summary: BackupSummary }> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const tables = (await listAppTables(tx)).filter((t) => !TRANSIENT_TABLES.includes(t.name));
    const body: string[] = [];
    const counts: Record<string, number> = {};
    for (const table of tables) {
      counts[table.name] = 0;
      for await (const json of dumpRows(tx, table)) {
        body.push(rowLine(table.name, json));
        counts[table.name]! += 1;
      }
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: 2,
      createdAt: now.toISOString(),
      source: db.kind,
      migrations: await appliedMigrations(tx),
      tables: counts,
      keyId: key.id,
    };
    const text = sealBackup(key, [JSON.stringify(header), ...body]);
    return { text, summary: { tables: counts, rows: body.length } };
  });
}

/** Writes a sealed backup of `db` to `file` (atomically; mode 0600). */
export async function writeBackup(db: Db, file: string, now: Date, key: BackupKey): Promise<BackupSummary> {
  const { text, summary } = await dumpDatabase(db, now, key);
  await writeFileAtomic(file, text, { mode: 0o600 });
  return summary;
}
