/**
 * `gongkai serve` (and `npm start`): runs the platform until SIGINT/SIGTERM.
 * Configuration from the environment (PORT, DATA_DIR, DATABASE_URL, ADMIN_PASSWORD …; src/config/env.ts).
 */
import { parseEnv } from '../config/env.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { startServer } from '../server.ts';
import { bootstrapPlatform } from '../app/bootstrap.ts';
import { EXIT, parseCommandArgs, writeErr } from './cli-support.ts';

export const SERVE_USAGE = `用法：gongkai serve

  启动平台（默认 http://localhost:3000，嵌入式数据库在 ./data）。
  环境变量：PORT、HOST、DATA_DIR、DATABASE_URL（使用 PostgreSQL）、ADMIN_PASSWORD（首次启动的管理员密码）。`;

/** Runs `serve`; resolves when the server has stopped. */
export async function runServe(args: readonly string[]): Promise<number> {
  parseCommandArgs(args, {}, SERVE_USAGE, 0);
  const env = parseEnv(process.env);
  let running;
  try {
    running = await startServer(env, { bootstrap: (deps) => bootstrapPlatform(deps, { print: writeErr }) });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      writeErr(`错误：${error.message}`);
      return EXIT.input;
    }
    throw error;
  }
  writeErr(
    `gongkai 已启动：${running.url}（数据库：${running.deps.db.kind === 'pglite' ? `嵌入式 ${env.dataDir}` : 'PostgreSQL'}）。按 Ctrl+C 停止。`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      writeErr('正在停止…');
      void running.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}
