/**
 * `gongkai demo`: loads demo content into the configured database — the demo organ tree (when
 * there is none), one demo account per role with a one-time password printed once, and the demo
 * content other modules register (src/app/demo/registry.ts). Safe to run again.
 */
import { systemClock } from '../app/clock.ts';
import { loadDemo } from '../app/demo/load-demo.ts';
import { parseEnv } from '../config/env.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { openDatabase } from '../db/open.ts';
import { EXIT, parseCommandArgs, wantsHelp, writeErr, writeOut } from './cli-support.ts';

export const DEMO_USAGE = `用法：gongkai demo

  载入演示数据：演示机构树（尚无机构时）、各角色的演示账号（一次性密码只显示这一次，
  首次登录后必须修改）以及其他模块登记的演示内容。可重复运行，已有的数据不会被改动。
  使用嵌入式数据库时请在平台停止时运行（嵌入式数据库同时只能由一个进程打开）：
  先在运行 npm start（或 gongkai serve）的终端按 Ctrl+C，运行本命令后再启动平台。
  使用 PostgreSQL（DATABASE_URL）时可在平台运行时载入。
  环境变量：DATA_DIR（数据目录，默认 ./data）、DATABASE_URL。`;

/** What to do when the platform holds the embedded database (a running `gongkai serve`). */
export function whileServing(error: DataDirLockedError): string {
  return [
    `错误：平台正在运行（进程 PID ${error.pid}），数据目录 ${error.dir} 正被它使用，未载入任何数据。`,
    '嵌入式数据库同一时间只能由一个进程打开。请按以下步骤操作：',
    '  1. 在运行 npm start（或 npx gongkai serve）的终端按 Ctrl+C 停止平台；',
    '  2. 运行 npx gongkai demo（一次性密码只显示这一次，请记录）；',
    '  3. 再次 npm start 启动平台。',
    '平台使用其他数据目录时，请为本命令设置同样的 DATA_DIR；使用 PostgreSQL（DATABASE_URL）时可在平台运行时载入。',
  ].join('\n');
}

/** Runs `demo`. */
export async function runDemo(args: readonly string[]): Promise<number> {
  if (wantsHelp(args)) {
    writeOut(`${DEMO_USAGE}\n`);
    return EXIT.ok;
  }
  parseCommandArgs(args, {}, DEMO_USAGE, 0);
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    writeErr(
      `错误：环境变量有误，未载入任何数据。\n${(error as Error).message.split('\n').slice(1).join('\n')}`,
    );
    return EXIT.input;
  }
  let db;
  try {
    db = await openDatabase(env);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      writeErr(whileServing(error));
      return EXIT.input;
    }
    throw error;
  }
  try {
    const outcome = await loadDemo({ db, clock: systemClock, env, print: writeErr });
    writeOut('用户名\t姓名\t机构\t角色\t一次性密码\t说明\n');
    for (const a of outcome.accounts) {
      writeOut(`${a.username}\t${a.displayName}\t${a.organ}\t${a.role}\t${a.password ?? '—'}\t${a.note}\n`);
    }
    writeErr('演示数据已就绪。一次性密码只显示这一次，请妥善记录；登录后须立即修改。');
    return EXIT.ok;
  } finally {
    await db.close();
  }
}
