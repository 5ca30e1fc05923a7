/** `gongkai backup --out FILE`: a portable backup of all data (JSON lines; see src/app/backup). */
import { parseEnv } from '../config/env.ts';
import { openDatabase } from '../db/open.ts';
import { writeBackup } from '../app/backup/write-backup.ts';
import { systemClock } from '../app/clock.ts';
import {
  EXIT,
  UsageError,
  parseCommandArgs,
  stringOption,
  wantsHelp,
  writeErr,
  writeOut,
} from './cli-support.ts';

/** Usage of `gongkai backup`. */
export const BACKUP_USAGE = `用法：gongkai backup --out FILE

  把当前数据库（DATABASE_URL 或 DATA_DIR）的全部数据备份到 FILE（JSON Lines 格式，
  嵌入式数据库与 PostgreSQL 之间可以互相恢复）。文件含密码哈希，权限为仅本人可读，请妥善保管。
  登录会话和登录失败计数不备份。`;

/** Runs `backup`. */
export async function runBackup(args: readonly string[]): Promise<number> {
  if (wantsHelp(args)) {
    writeOut(`${BACKUP_USAGE}\n`);
    return EXIT.ok;
  }
  const { values } = parseCommandArgs(args, { out: { type: 'string', short: 'o' } }, BACKUP_USAGE, 0);
  const out = stringOption(values.out);
  if (!out) {
    throw new UsageError('缺少 --out FILE', BACKUP_USAGE);
  }
  const db = await openDatabase(parseEnv(process.env));
  try {
    const summary = await writeBackup(db, out, systemClock.now());
    const tables = Object.entries(summary.tables)
      .map(([name, n]) => `${name} ${n}`)
      .join('，');
    writeErr(`已备份 ${summary.rows} 行到 ${out}（${tables}）。`);
    return EXIT.ok;
  } finally {
    await db.close();
  }
}
