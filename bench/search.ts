/**
 * 信息检索 (issue 11): the /search page over HTTP, PostgreSQL with 1,000,000 published items and
 * PGlite with 100,000 (BENCH_ITEMS_PG, BENCH_ITEMS_PGLITE; BENCH_BACKENDS=pglite,postgres picks),
 * seeded in bulk by bench/search-seed.ts, beside plain Hono "hello" in the same run (autocannon, one
 * connection, so latency is per request and not queueing; servers in child processes). Prints p50 /
 * p99 per query class with and without filters, the seeding and index build times, the size of
 * search_documents and the publish → findable time (copy them to docs/benchmarks.md).
 * BENCH_PG_URL: measure that already seeded PostgreSQL database instead (kept; seeding 1,000,000 items
 * takes long on a loaded machine, so seed once, measure many times).
 * BENCH_BASELINE=<folder of another checkout> (e.g. `git archive main` unpacked, node_modules linked):
 * after this version, the same queries against that checkout's engine, on its own database seeded
 * with the same corpus by its own bench/search-child.ts (BENCH_BASELINE_ITEMS items, default the
 * same; BENCH_BASELINE_PG_URL: an earlier run's baseline database) — the baseline of the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { backends, PG_ADMIN_URL } from '../test/db.ts';
import { start, stop } from './publishing.ts';

const here = path.dirname(path.dirname(new URL(import.meta.url).pathname));

type Result = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number };
const autocannon = createRequire(import.meta.url)('autocannon') as (
  o: Record<string, unknown>,
) => Promise<Result>;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const WHICH = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');
const BASELINE = process.env.BENCH_BASELINE ? path.resolve(process.env.BENCH_BASELINE) : null;

/**
 * A fresh, empty PostgreSQL database (the child's own migrations build it: the baseline's schema
 * differs), dropped by `dispose`.
 */
async function bareDatabase(): Promise<{ url: string; dispose: () => Promise<void> }> {
  const name = `gk_bench_search_${crypto.randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(
    `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
  return {
    url: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`),
    dispose: () =>
      process.env.BENCH_KEEP_DB === '1'
        ? Promise.resolve()
        : admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Starts a checkout's bench/search-child.ts (as publishing.ts's start does, from that folder). */
function startChild(root: string, env: Record<string, string>): Promise<{ info: Info; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'search-child.ts')], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line !== undefined) {
        resolve({ info: JSON.parse(line) as Info, child });
      }
    });
    child.once('exit', (code) => reject(new Error(`search-child.ts (${root}) exited with ${String(code)}`)));
  });
}

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

async function load(url: string): Promise<string> {
  await autocannon({ url, connections: 1, duration: 1 });
  const r = await autocannon({ url, connections: 1, duration: SECONDS });
  return `${r.latency.p50.toFixed(0)} / ${r.latency.p99.toFixed(0)}${r.non2xx > 0 ? ` (${r.non2xx} non-2xx)` : ''}`;
}

/** One engine on one database: seeds (or reuses) it, runs every query; the child is stopped after. */
async function measure(
  root: string,
  env: Record<string, string>,
): Promise<{ info: Info; cells: Map<string, { hits: string; latency: string }> }> {
  const app = await startChild(root, env);
  const cells = new Map<string, { hits: string; latency: string }>();
  try {
    for (const [name, path] of queries(app.info.organOf73519)) {
      const url = app.info.url + path;
      const hits = await countOf(url);
      cells.set(name, { hits, latency: await load(url) });
    }
  } finally {
    await stop(app.child);
  }
  return { info: app.info, cells };
}

function describeRun(label: string, info: Info, reuse: boolean): string {
  const builds = Object.entries(info.buildMs)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
  return (
    `${label}: ${info.rows.toLocaleString('en')} search rows${reuse ? " (an earlier run's database)" : ''}; ` +
    `seeded in ${(info.seedMs / 1000).toFixed(0)} s (building and inserting search rows ${(info.indexMs / 1000).toFixed(0)} s); index builds: ${builds || '—'}\n` +
    `  search_documents ${info.size.total} MB = heap ${info.size.heap} + TOAST ${info.size.toast} + indexes ${info.size.indexes} (GIN ${info.size.gin})\n` +
    `  publish → findable: index rows written in the publishing transaction in ${info.publish.writeMs} ms; the first search finds the item in ${info.publish.findMs} ms\n`
  );
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
    const loadNow = () =>
      os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ');
    const hello = await start('web-child.ts', ['hello'], {});
    const helloLatency = await load(hello.info.url!);
    await stop(hello.child);
    const runs: { label: string; root: string; items: number; reuse: string | undefined }[] = [
      {
        label: 'this version',
        root: here,
        items,
        reuse: key === 'postgres' ? process.env.BENCH_PG_URL : undefined,
      },
    ];
    if (BASELINE !== null) {
      runs.push({
        label: `baseline (${BASELINE})`,
        root: BASELINE,
        items: Number(process.env.BENCH_BASELINE_ITEMS ?? items),
        reuse: key === 'postgres' ? process.env.BENCH_BASELINE_PG_URL : undefined,
      });
    }
    const results = [];
    let text = '';
    for (const run of runs) {
      const database = open === null || run.reuse !== undefined ? null : await bareDatabase();
      if (database !== null && process.env.BENCH_KEEP_DB === '1') {
        process.stdout.write(`${run.label}: database kept at ${database.url}\n`);
      }
      const url = run.reuse ?? database?.url;
      const env: Record<string, string> = { BENCH_ITEMS: String(run.items) };
      const began = loadNow();
      const result = await measure(
        run.root,
        url ? { ...env, DATABASE_URL: url, BENCH_SEEDED: run.reuse === undefined ? '0' : '1' } : env,
      );
      await database?.dispose().catch(() => undefined);
      results.push(result);
      text += describeRun(
        `${run.label}, ${run.items.toLocaleString('en')} items (load ${began} → ${loadNow()})`,
        result.info,
        run.reuse !== undefined,
      );
    }
    const header = runs.map((r) => `${r.label}: hits | p50 / p99 (ms)`).join(' | ');
    const lines = [`| plain Hono "hello" | ${runs.map(() => `— | ${helloLatency}`).join(' | ')} |`];
    for (const [name] of queries(0)) {
      lines.push(
        `| ${name} | ${results.map((r) => `${r.cells.get(name)?.hits ?? '?'} | ${r.cells.get(name)?.latency ?? '?'}`).join(' | ')} |`,
      );
    }
    process.stdout.write(
      `\n${label}, 200 organs\n${text}| query | ${header} |\n|---|${runs.map(() => '---:|---:|').join('')}\n${lines.join('\n')}\n`,
    );
  }
}
