/** `gongkai db migrate`: applies pending migrations to the configured database. */
import { parseEnv } from '../config/env.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase } from '../db/open.ts';
import { EXIT, UsageError, parseCommandArgs, writeErr } from './cli-support.ts';

export const DB_USAGE = `用法：gongkai db migrate

  对当前数据库（DATABASE_URL 或 DATA_DIR 中的嵌入式数据库）执行尚未执行的迁移。`;

export async function runDb(args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'migrate') {
    throw new UsageError(sub === undefined ? '缺少子命令' : `没有子命令「${sub}」`, DB_USAGE);
  }
  parseCommandArgs(rest, {}, DB_USAGE, 0);
  const db = await openDatabase(parseEnv(process.env), { migrate: false });
  try {
    const applied = await migrate(db);
    writeErr(
      applied.length === 0 ? '数据库已是最新，没有需要执行的迁移。' : `已执行迁移：${applied.join('、')}`,
    );
    return EXIT.ok;
  } finally {
    await db.close();
  }
}
