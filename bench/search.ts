/**
 * 信息检索 (issue 11): the /search page over HTTP, PostgreSQL with 1,000,000 published items and
 * PGlite with 100,000 (BENCH_ITEMS_PG, BENCH_ITEMS_PGLITE; BENCH_BACKENDS=pglite,postgres picks),
 * seeded in bulk by bench/search-seed.ts, beside plain Hono "hello" in the same run (autocannon, one
 * connection, so latency is per request and not queueing; servers in child processes). Prints p50 /
 * p99 per query class with and without filters, the seeding and index build times, the size of
 * search_documents and the publish → findable time (copy them to docs/benchmarks.md).
 * BENCH_PG_URL: measure that already seeded PostgreSQL database instead (kept; seeding 1,000,000 items
 * takes long on a loaded machine, so seed once, measure many times).
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { backends } from '../test/db.ts';
import { start, stop } from './publishing.ts';

type Result = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number };
const autocannon = createRequire(import.meta.url)('autocannon') as (
  o: Record<string, unknown>,
) => Promise<Result>;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const WHICH = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');

type Info = {
  url: string;
  seedMs: number;
  indexMs: number;
  buildMs: Record<string, number>;
  size: { total: number; heap: number; toast: number; indexes: number; gin: number };
  rows: number;
  publish: { writeMs: number; findMs: number };
  organOf73519: number;
};

const q = (text: string, extra = '') => `/search?q=${encodeURIComponent(text)}${extra}`;
const GENRE = `&genre=${encodeURIComponent('公告')}`;
const LONG = '为进一步规范政府信息公开工作，根据《中华人民共和国政府信息公开条例》';

function queries(organ: number): [string, string][] {
  const inOrgan = `&organ=${organ}`;
  return [
    ['two characters, common 「管理」', q('管理')],
    ['「管理」 + 体裁 filter', q('管理', GENRE)],
    ['「管理」 + 发布机构 filter', q('管理', inOrgan)],
    ['「管理」 by relevance', q('管理', '&sort=relevance')],
    ['one character 「税」', q('税')],
    ['two characters, rarer 「饮水」', q('饮水')],
    ['「饮水」 + 发布机构 filter', q('饮水', inOrgan)],
    ['rare 「编号73519」 (1 item)', q('编号73519')],
    ['rare 「编号73519」 + 发布机构 filter', q('编号73519', inOrgan)],
    ['rare, in an attachment 「附件编号73520」', q('附件编号73520')],
    ['long common phrase (34 characters)', q(LONG)],
    ['long phrase + 体裁 filter', q(LONG, GENRE)],
    ['common parts, no hit 「管理管理」', q('管理管理')],
    ['no hit 「不存在的检索词语」', q('不存在的检索词语')],
  ];
}

async function load(name: string, url: string, hits: string): Promise<string> {
  await autocannon({ url, connections: 1, duration: 1 });
  const r = await autocannon({ url, connections: 1, duration: SECONDS });
  return `| ${name} | ${hits} | ${r.requests.average.toFixed(1)} | ${r.latency.p50.toFixed(0)} | ${r.latency.p99.toFixed(0)} | ${r.non2xx} |`;
}

async function countOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  return /找到 (\S+) 条信息/.exec(html)?.[1] ?? '?';
}

/** Runs the search benchmark. */
export async function benchSearch(): Promise<void> {
  process.stdout.write(
    `machine: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString().slice(0, 16)}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  const pg = (await backends()).find((b) => b.name === 'postgres');
  for (const [label, key, open, items] of [
    ['PGlite', 'pglite', null, Number(process.env.BENCH_ITEMS_PGLITE ?? 100_000)],
    ['PostgreSQL', 'postgres', pg?.open, Number(process.env.BENCH_ITEMS_PG ?? 1_000_000)],
  ] as const) {
    if (!WHICH.includes(key)) {
      continue;
    }
    if (open === undefined) {
      process.stdout.write(`\n${label}: not reachable — skipped\n`);
      continue;
    }
    const reuse = key === 'postgres' ? process.env.BENCH_PG_URL : undefined;
    const database = open === null || reuse !== undefined ? null : await open();
    await database?.db.close();
    const hello = await start('web-child.ts', ['hello'], {});
    const rows = [await load('plain Hono "hello"', hello.info.url!, '—')];
    await stop(hello.child);
    const env: Record<string, string> = { BENCH_ITEMS: String(items) };
    const url = reuse ?? database?.url;
    const seeded = reuse === undefined ? '0' : '1';
    const app = await start(
      'search-child.ts',
      [],
      url ? { ...env, DATABASE_URL: url, BENCH_SEEDED: seeded } : env,
    );
    const info = app.info as unknown as Info;
    for (const [name, path] of queries(info.organOf73519)) {
      const url = info.url + path;
      rows.push(await load(name, url, await countOf(url)));
    }
    await stop(app.child);
    await database?.dispose().catch(() => undefined);
    const builds = Object.entries(info.buildMs)
      .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
      .join(', ');
    process.stdout.write(
      `\n${label} — ${reuse ? "an earlier run's database: " : `${items.toLocaleString('en')} items, `}200 organs, ${info.rows.toLocaleString('en')} search rows, load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n` +
        `seeded in ${(info.seedMs / 1000).toFixed(0)} s (building and inserting search rows ${(info.indexMs / 1000).toFixed(0)} s); index builds: ${builds}\n` +
        `search_documents ${info.size.total} MB = heap ${info.size.heap} + TOAST ${info.size.toast} + indexes ${info.size.indexes} (GIN ${info.size.gin})\n` +
        `publish → findable: index rows written in the publishing transaction in ${info.publish.writeMs} ms; the first search finds the item in ${info.publish.findMs} ms\n` +
        `| query | hits | requests/s | p50 (ms) | p99 (ms) | non-2xx |\n|---|---:|---:|---:|---:|---:|\n${rows.join('\n')}\n`,
    );
  }
}
