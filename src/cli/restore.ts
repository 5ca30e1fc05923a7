/** `gongkai restore FILE [--force]`: replaces all data with a backup (see src/app/backup/restore-backup.ts). */
import fs from 'node:fs/promises';
import { parseEnv } from '../config/env.ts';
import { openDatabase } from '../db/open.ts';
import { BackupFormatError, parseBackup } from '../app/backup/backup-format.ts';
import { BackupKeyError, defaultKeyFile, readBackupKey } from '../app/backup/backup-key.ts';
import { RestoreRefusedError, restoreDatabase } from '../app/backup/restore-backup.ts';
import { EXIT, parseCommandArgs, stringOption, wantsHelp, writeErr, writeOut } from './cli-support.ts';

/** Usage of `gongkai restore`. */
export const RESTORE_USAGE = `用法：gongkai restore FILE [--force] [--key KEYFILE]

  用 gongkai backup 生成的备份替换当前数据库（DATABASE_URL 或 DATA_DIR）的全部数据，
  在一个事务中完成：失败时数据库保持原样。恢复前用备份密钥（默认 DATA_DIR/backup.key；
  在新机器上请用 --key 指定原系统密钥文件的副本）核对整个文件未被改动，恢复后核对审计记录链。
  数据库中已有数据时须加 --force。恢复前请先停止所有 gongkai serve 进程。`;

/** Runs `restore`. */
export async function runRestore(args: readonly string[]): Promise<number> {
  if (wantsHelp(args)) {
    writeOut(`${RESTORE_USAGE}\n`);
    return EXIT.ok;
  }
  const { values, positionals } = parseCommandArgs(
    args,
    { force: { type: 'boolean' }, key: { type: 'string' } },
    RESTORE_USAGE,
    1,
  );
  const file = positionals[0]!;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    writeErr(`错误：无法读取备份文件 ${file}。`);
    return EXIT.input;
  }
  const env = parseEnv(process.env);
  let backup;
  try {
    // The seal is checked before the database is even opened: an altered file touches nothing.
    backup = parseBackup(text, await readBackupKey(stringOption(values.key) ?? defaultKeyFile(env.dataDir)));
  } catch (error) {
    if (error instanceof BackupKeyError || error instanceof BackupFormatError) {
      writeErr(`错误：${error.message}`);
      return EXIT.input;
    }
    throw error;
  }
  const db = await openDatabase(env);
  try {
    const summary = await restoreDatabase(db, backup, { force: values.force === true });
    const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
    writeErr(`已从 ${file} 恢复 ${rows} 行；审计记录完整：${summary.auditRecords} 条。`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof RestoreRefusedError || error instanceof BackupFormatError) {
      writeErr(`错误：${error.message}`);
      return EXIT.input;
    }
    throw error;
  } finally {
    await db.close();
  }
}
