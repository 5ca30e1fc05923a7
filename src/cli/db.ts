/**
 * `gongkai db migrate`: applies pending migrations to the configured database.
 * `gongkai db backfill-due-dates`: gives closed cases the deadline they had when they closed
 * (one-off after migration 20261206160000; idempotent).
 * `gongkai db backfill-staff-search`: builds the staff search rows of cases and items written before
 * migration 20261208130000 (idempotent; decision 036).
 */
import { backfillClosedDueDates } from '../app/cases/backfill-closed-due-dates.ts';
import { backfillStaffSearch } from '../app/search-staff/backfill-staff-search.ts';
import { parseEnv } from '../config/env.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase } from '../db/open.ts';
import { EXIT, UsageError, parseCommandArgs, writeErr } from './cli-support.ts';

export const DB_USAGE = `用法：gongkai db migrate
      gongkai db backfill-due-dates
      gongkai db backfill-staff-search

  migrate             对当前数据库（DATABASE_URL 或 DATA_DIR 中的嵌入式数据库）执行尚未执行的迁移。
  backfill-due-dates  为已办结的申请补算办结时的答复期限（升级后执行一次；可重复执行）。
  backfill-staff-search  为升级前的办件和主动公开信息建立工作人员检索索引（升级后执行一次；可重复执行）。`;

const SUBCOMMANDS = ['migrate', 'backfill-due-dates', 'backfill-staff-search'] as const;

export async function runDb(args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  const command = SUBCOMMANDS.find((s) => s === sub);
  if (command === undefined) {
    throw new UsageError(sub === undefined ? '缺少子命令' : `没有子命令「${sub}」`, DB_USAGE);
  }
  parseCommandArgs(rest, {}, DB_USAGE, 0);
  const db = await openDatabase(parseEnv(process.env), { migrate: command !== 'migrate' });
  try {
    if (command === 'backfill-due-dates') {
      const { checked, filled } = await backfillClosedDueDates(db);
      writeErr(`已办结但没有答复期限的申请 ${checked} 件，已补算 ${filled} 件。`);
      return EXIT.ok;
    }
    if (command === 'backfill-staff-search') {
      const { cases, items } = await backfillStaffSearch(db, (what, done) =>
        writeErr(`已索引${what} ${done} 件……`),
      );
      writeErr(`工作人员检索索引已补建：办件 ${cases} 件，主动公开信息 ${items} 条。`);
      return EXIT.ok;
    }
    const applied = await migrate(db);
    writeErr(
      applied.length === 0 ? '数据库已是最新，没有需要执行的迁移。' : `已执行迁移：${applied.join('、')}`,
    );
    return EXIT.ok;
  } finally {
    await db.close();
  }
}
