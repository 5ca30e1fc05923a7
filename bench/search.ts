/**
 * 信息检索 (issue 11): the /search page over HTTP with 100,000 published items (bench/search-seed.ts),
 * on PGlite and PostgreSQL, beside plain Hono "hello" in the same run (autocannon, servers in child
 * processes): p50 / p99 for a common 2-character word, one character, a rare unique string, a long
 * phrase, no hit, relevance order and a filter. Prints the figures (copy them to docs/benchmarks.md).
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { backends } from '../test/db.ts';
import { start, stop } from './publishing.ts';

type Result = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number };
const autocannon = createRequire(import.meta.url)('autocannon') as (
  o: Record<string, unknown>,
) => Promise<Result>;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

const q = (text: string, extra = '') => `/search?q=${encodeURIComponent(text)}${extra}`;
const QUERIES: [string, string][] = [
  ['common word 「管理」 (2 characters)', q('管理')],
  ['one character 「税」', q('税')],
  ['rare 「编号73519」 (1 item)', q('编号73519')],
  ['long phrase (34 characters)', q('为进一步规范政府信息公开工作，根据《中华人民共和国政府信息公开条例》')],
  ['no hit 「不存在的检索词语」', q('不存在的检索词语')],
  ['「管理」 by relevance', q('管理', '&sort=relevance')],
  ['「管理」 + 体裁 filter', q('管理', '&genre=%E5%85%AC%E5%91%8A')],
];

async function load(name: string, url: string, hits: string): Promise<string> {
  await autocannon({ url, connections: 4, duration: 1 });
  const r = await autocannon({ url, connections: 4, duration: SECONDS });
  return `| ${name} | ${hits} | ${r.requests.average.toFixed(1)} | ${r.latency.p50.toFixed(0)} | ${r.latency.p99.toFixed(0)} | ${r.non2xx} |`;
}

async function countOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  return /找到 (\S+) 条信息/.exec(html)?.[1] ?? '?';
}

/** Runs the search benchmark. */
export async function benchSearch(): Promise<void> {
  process.stdout.write(
    `machine: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString().slice(0, 16)}\n`,
  );
  const pg = (await backends()).find((b) => b.name === 'postgres');
  for (const [label, open] of [
    ['PGlite', null],
    ['PostgreSQL', pg?.open],
  ] as const) {
    if (open === undefined) {
      process.stdout.write(`\n${label}: not reachable — skipped\n`);
      continue;
    }
    const database = open === null ? null : await open();
    await database?.db.close();
    const hello = await start('web-child.ts', ['hello'], {});
    const rows = [await load('plain Hono "hello"', hello.info.url!, '—')];
    await stop(hello.child);
    const app = await start('search-child.ts', [], database?.url ? { DATABASE_URL: database.url } : {});
    for (const [name, path] of QUERIES) {
      const url = app.info.url! + path;
      rows.push(await load(name, url, await countOf(url)));
    }
    await stop(app.child);
    await database?.dispose().catch(() => undefined);
    process.stdout.write(
      `\n${label} — 100,000 items, 200 organs (seeded in ${app.info.seedMs} ms, of which building and inserting search rows ${app.info.indexMs} ms; search_documents ${app.info.sizeMb} MB)\n| query | hits | requests/s | p50 (ms) | p99 (ms) | non-2xx |\n|---|---:|---:|---:|---:|---:|\n${rows.join('\n')}\n`,
    );
  }
}
