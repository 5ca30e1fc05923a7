/** `gongkai search reindex`: rebuilds the public search index from published items, annual reports and public replies. */
import { reindexAll } from '../app/search/reindex.ts';
import { parseEnv } from '../config/env.ts';
import { openDatabase } from '../db/open.ts';
import { EXIT, UsageError, parseCommandArgs, wantsHelp, writeErr, writeOut } from './cli-support.ts';

/** Usage of `gongkai search`. */
export const SEARCH_USAGE = `用法：gongkai search reindex

  重建信息检索索引：逐条重新索引全部已发布的主动公开信息（含附件文字）、政府信息公开工作年度报告和已公开的
  依申请公开答复，并删除已撤回信息的索引。
  重建期间检索照常可用；可重复执行。发布、修订、撤回时索引已随之更新，通常无需执行。`;

/** Runs `search`. */
export async function runSearch(args: readonly string[]): Promise<number> {
  if (wantsHelp(args)) {
    writeOut(`${SEARCH_USAGE}\n`);
    return EXIT.ok;
  }
  const [sub, ...rest] = args;
  if (sub !== 'reindex') {
    throw new UsageError(sub === undefined ? '缺少子命令' : `没有子命令「${sub}」`, SEARCH_USAGE);
  }
  parseCommandArgs(rest, {}, SEARCH_USAGE, 0);
  const db = await openDatabase(parseEnv(process.env));
  try {
    const count = await reindexAll(db, (done) => writeErr(`已索引 ${done} 条……`));
    writeOut(`检索索引已重建：${count} 条已发布信息（含年度报告和公开的答复）\n`);
    return EXIT.ok;
  } finally {
    await db.close();
  }
}
