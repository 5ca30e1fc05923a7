/**
 * `gongkai restore FILE [--force]`: replaces all data with a backup, in one transaction.
 *
 * - A database that already holds data is only replaced with `force` (RestoreRefusedError).
 * - The audit trail is append-only (a trigger refuses UPDATE/DELETE/TRUNCATE). A restore is the one
 *   place that bypasses it: `ALTER TABLE … DISABLE TRIGGER USER` inside the restore transaction,
 *   re-enabled before commit (ALTER TABLE is transactional, so a failed restore leaves the trigger
 *   as it was). The rows come back exactly as they were, and the chain is verified before commit:
 *   a tampered backup is refused.
 * - Sequences continue after the restored ids. Sessions and throttle counters are emptied.
 */
import type { Db } from '../../db/db.ts';
import {
  appliedMigrations,
  hasAnyRow,
  insertRows,
  listAppTables,
  resetSequences,
  setUserTriggers,
  truncateAll,
  type TableInfo,
} from '../../db/queries/backup.ts';
import { verifyAuditTrail } from '../audit/verify-audit.ts';
import { BackupFormatError, type ParsedBackup } from './backup-format.ts';

/** The target holds data and `force` was not given. */
export class RestoreRefusedError extends Error {
  constructor() {
    super(
      '目标数据库中已有数据。恢复会删除其中的全部数据并替换为备份内容；如确定要这样做，请加 --force 重新运行。',
    );
    this.name = 'RestoreRefusedError';
  }
}

/** Rows restored per table and audit records verified. */
export type RestoreSummary = { tables: Record<string, number>; auditRecords: number };

/**
 * @throws RestoreRefusedError, BackupFormatError (wrong version, unknown table/column, broken audit chain)
 */
export async function restoreDatabase(
  db: Db,
  backup: ParsedBackup,
  options: { force: boolean },
): Promise<RestoreSummary> {
  const known = new Set(await appliedMigrations(db));
  const newer = backup.header.migrations.filter((m) => !known.has(m));
  if (newer.length > 0) {
    throw new BackupFormatError(
      `备份来自更新版本的程序（数据库迁移 ${newer.join('、')}），请先升级 gongkai 再恢复。`,
    );
  }
  const tables = await listAppTables(db);
  const plan = tables.map((t) => ({
    table: t,
    rows: backup.rows.get(t.name) ?? [],
    columns: columnsOf(t, backup.rows.get(t.name)),
  }));
  const unknown = [...backup.rows.keys()].filter((name) => !tables.some((t) => t.name === name));
  if (unknown.length > 0) {
    throw new BackupFormatError(`备份中的表在当前数据库中不存在：${unknown.join('、')}。`);
  }
  return db.transaction(async (tx) => {
    if (!options.force && (await hasAnyRow(tx, tables))) {
      throw new RestoreRefusedError();
    }
    await setUserTriggers(tx, tables, false);
    await truncateAll(tx, tables);
    for (const step of plan) {
      await insertRows(tx, step.table, step.columns, step.rows);
    }
    await resetSequences(tx, tables);
    await setUserTriggers(tx, tables, true);
    const audit = await verifyAuditTrail(tx);
    if (audit.broken) {
      throw new BackupFormatError(
        `备份中的审计记录链在第 ${audit.broken.id} 条处断开（记录被改动或删除），已放弃恢复，数据库保持原样。`,
      );
    }
    return {
      tables: Object.fromEntries(plan.map((s) => [s.table.name, s.rows.length])),
      auditRecords: audit.count,
    };
  });
}

/**
 * The columns to insert: those in the backup rows. Generated columns are computed again; columns
 * added by later migrations take their defaults.
 * @throws BackupFormatError for a column the current schema does not have
 */
function columnsOf(table: TableInfo, rows: readonly string[] | undefined): string[] {
  const first = rows?.[0];
  if (first === undefined) {
    return [];
  }
  const keys = Object.keys(JSON.parse(first) as Record<string, unknown>);
  const unknown = keys.filter((k) => !table.columns.includes(k) && !table.generatedColumns.includes(k));
  if (unknown.length > 0) {
    throw new BackupFormatError(`备份中表 ${table.name} 的列在当前数据库中不存在：${unknown.join('、')}。`);
  }
  return keys.filter((k) => table.columns.includes(k));
}
