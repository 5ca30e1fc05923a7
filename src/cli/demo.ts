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
  请在平台停止时运行（嵌入式数据库同时只能由一个进程打开）。`;

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
      writeErr(`错误：${error.message}`);
      return EXIT.input;
    }
    throw error;
  }
  try {
    const outcome = await loadDemo({ db, clock: systemClock, print: writeErr });
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
