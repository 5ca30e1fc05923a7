/**
 * `gongkai items recheck [--organ ID]`: re-checks published 主动公开 items against today's
 * pre-publication checks and stores the results the review page (/staff/items/review) lists.
 * Prints counts only — never the text a check found.
 */
import { systemClock } from '../app/clock.ts';
import { createLogger } from '../app/logger.ts';
import { recheckPublishedItems } from '../app/publishing/recheck-items.ts';
import { loadOrganRegistry } from '../app/organs/load-organ-tree.ts';
import { parseEnv } from '../config/env.ts';
import { openDatabase } from '../db/open.ts';
import {
  EXIT,
  UsageError,
  parseCommandArgs,
  stringOption,
  wantsHelp,
  writeErr,
  writeOut,
} from './cli-support.ts';

export const ITEMS_USAGE = `用法：gongkai items recheck [--organ 机构编号]

  按现行的发布前检查规则重新检查已发布的主动公开信息（个人信息、植入内容、日期、文号、解读同步、站内链接），
  保存结果供“已发布信息复查”页面（/staff/items/review）列出。不指定 --organ 时检查全部机关。
  输出每个机关检查的条数、有错误的条数和只有提示的条数；不输出检查到的内容。
  有错误时以 1 退出。环境变量：DATA_DIR（数据目录，默认 ./data）、DATABASE_URL。`;

/** Runs `items`. */
export async function runItems(args: readonly string[]): Promise<number> {
  if (wantsHelp(args)) {
    writeOut(`${ITEMS_USAGE}\n`);
    return EXIT.ok;
  }
  const [sub, ...rest] = args;
  if (sub !== 'recheck') {
    throw new UsageError(sub === undefined ? '缺少子命令' : `没有子命令「${sub}」`, ITEMS_USAGE);
  }
  const parsed = parseCommandArgs(rest, { organ: { type: 'string' } }, ITEMS_USAGE, 0);
  const organText = stringOption(parsed.values.organ);
  if (organText !== undefined && !/^[1-9]\d{0,8}$/.test(organText)) {
    throw new UsageError(`机构编号「${organText.slice(0, 40)}」应为正整数`, ITEMS_USAGE);
  }
  const env = parseEnv(process.env);
  const db = await openDatabase(env);
  try {
    const registry = await loadOrganRegistry(db);
    const organs =
      organText === undefined ? registry.organs : registry.organs.filter((o) => o.id === Number(organText));
    if (organs.length === 0) {
      writeErr(organText === undefined ? '尚无机关。' : `错误：没有编号为 ${organText} 的机关。`);
      return organText === undefined ? EXIT.ok : EXIT.input;
    }
    const deps = { db, clock: systemClock, env, logger: createLogger('silent') };
    let hasErrors = false;
    writeOut('机关\t检查条数\t有错误\t只有提示\n');
    for (const organ of organs) {
      const outcome = await recheckPublishedItems(deps, organ.id, {
        accountId: null,
        name: 'gongkai items recheck',
      });
      hasErrors ||= outcome.withErrors > 0;
      writeOut(`${organ.name}\t${outcome.checked}\t${outcome.withErrors}\t${outcome.withWarnings}\n`);
    }
    return hasErrors ? EXIT.findings : EXIT.ok;
  } finally {
    await db.close();
  }
}
