/** `gongkai audit verify`: checks the audit trail's hash chain (exit 1 at the first break). */
import { parseEnv } from '../config/env.ts';
import { openDatabase } from '../db/open.ts';
import { verifyAuditTrail } from '../app/audit/verify-audit.ts';
import { EXIT, UsageError, parseCommandArgs, wantsHelp, writeErr, writeOut } from './cli-support.ts';

/** Usage of `gongkai audit`. */
export const AUDIT_USAGE = `用法：gongkai audit verify

  逐条核对审计记录的哈希链（DATABASE_URL 或 DATA_DIR 中的数据库）。
  完整时输出「审计记录完整：N 条」并以 0 退出；发现改动或删除时指出第一条出问题的记录并以 1 退出。`;

/** Runs `audit`. */
export async function runAudit(args: readonly string[]): Promise<number> {
  if (wantsHelp(args)) {
    writeOut(`${AUDIT_USAGE}\n`);
    return EXIT.ok;
  }
  const [sub, ...rest] = args;
  if (sub !== 'verify') {
    throw new UsageError(sub === undefined ? '缺少子命令' : `没有子命令「${sub}」`, AUDIT_USAGE);
  }
  parseCommandArgs(rest, {}, AUDIT_USAGE, 0);
  const db = await openDatabase(parseEnv(process.env));
  try {
    const result = await verifyAuditTrail(db);
    if (result.broken) {
      const why =
        result.broken.reason === 'hash'
          ? '内容与哈希不符（记录被改动）'
          : '与前一条记录接不上（有记录被删除、插入或调换）';
      writeErr(`审计记录链断开：第 ${result.broken.id} 条记录${why}。`);
      return EXIT.findings;
    }
    writeOut(`审计记录完整：${result.count} 条\n`);
    return EXIT.ok;
  } finally {
    await db.close();
  }
}
