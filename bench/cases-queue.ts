/**
 * The staff queue page with 100,000 open cases in one organ (on top of the million-case load):
 * the real app in a child process (bench/cases-child.ts), a handler signed in through the login
 * form, then autocannon on GET /staff/cases for the open, overdue and due-soon queues and the text
 * searches (a word, one character, a case number). The parent only drives load.
 * BENCH_BASELINE=<folder of another checkout> (e.g. `git archive main` unpacked, node_modules linked)
 * also runs that checkout's app on the same database for the searches, so the figures of the old
 * and the new search come from the same data in the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../src/db/db.ts';
import { backfillCaseSearch } from '../src/app/cases/case-search-index.ts';
import { insertTestAccount, STAFF_PASSWORD } from '../test/staff.ts';
import { SEARCH_WORD, seedOpenQueue } from './cases-seed.ts';

/** The organ whose queue is loaded (a municipal department). */
export const QUEUE_ORGAN = 22;
/** Open cases added to it. */
export const QUEUE_CASES = 100_000;
const USERNAME = 'bench.handler';
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 4;
/** Seconds before autocannon gives a request up (PGlite pages take seconds each). */
const TIMEOUT_S = 60;

type AutocannonResult = {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
};
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** One page's figures: requests/s, latency percentiles (ms), failures. */
export type QueueTarget = {
  name: string;
  path: string;
  rows: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
};
type Child = { url: string; process: ChildProcess };

const TARGETS = [
  { name: 'open queue (全部在办)', path: '/staff/cases?queue=open' },
  { name: 'overdue (已逾期)', path: '/staff/cases?queue=overdue' },
  { name: 'due soon (即将到期)', path: '/staff/cases?queue=dueSoon' },
  { name: `search “${SEARCH_WORD}”`, path: `/staff/cases?queue=open&q=${encodeURIComponent(SEARCH_WORD)}` },
  { name: 'search one character “房”', path: `/staff/cases?queue=open&q=${encodeURIComponent('房')}` },
  {
    name: 'search a case number',
    path: `/staff/cases?queue=open&q=${encodeURIComponent('机关22依申〔2026〕10050000号')}`,
  },
] as const;
const SEARCHES = TARGETS.filter((t) => t.path.includes('&q='));
/** A checkout to compare the searches with (see the file comment). */
const BASELINE = process.env.BENCH_BASELINE ?? '';

/** Adds the open cases and the handler's account; VACUUM ANALYZE as autovacuum would. */
export async function prepareQueue(db: Db, today: string): Promise<void> {
  await seedOpenQueue(db, QUEUE_ORGAN, QUEUE_CASES, today);
  const started = performance.now();
  const indexed = await backfillCaseSearch(db);
  const took = (performance.now() - started) / 1000;
  process.stderr.write(
    `  case search backfill: ${indexed.toLocaleString('en-US')} cases in ${took.toFixed(1)} s\n`,
  );
  await db.query('VACUUM ANALYZE cases');
  await db.query('VACUUM ANALYZE case_search');
  await insertTestAccount(db, USERNAME, [{ organId: QUEUE_ORGAN, role: 'handler' }]);
}

function startChild(database: { url: string } | { dataDir: string }, root = ''): Promise<Child> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const script = path.join(root === '' ? here : path.join(root, 'bench'), 'cases-child.ts');
  const target = 'url' in database ? { DATABASE_URL: database.url } : { DATA_DIR: database.dataDir };
  const env = { ...process.env, LOG_LEVEL: 'silent', ...target };
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env,
    cwd: root === '' ? process.cwd() : root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line !== undefined) {
        resolve({ ...(JSON.parse(line) as { url: string }), process: child });
      }
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${String(code)}`)));
  });
}

function stopChild(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.process.removeAllListeners('exit');
    child.process.once('exit', () => resolve());
    child.process.kill('SIGTERM');
  });
}

const cookieOf = (res: Response, name: string): string | null =>
  res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith(`${name}=`)) ?? null;

/** Signs in through the login form; returns the Cookie header of the session. */
async function logIn(url: string): Promise<string> {
  const page = await fetch(`${url}/staff/login`);
  const csrf = cookieOf(page, 'gk_csrf');
  const token = /name="_csrf" value="([^"]*)"/.exec(await page.text())?.[1] ?? '';
  const res = await fetch(`${url}/staff/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: csrf ?? '', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, username: USERNAME, password: STAFF_PASSWORD }),
  });
  const session = cookieOf(res, 'gk_session');
  if (res.status !== 303 || session === null) {
    throw new Error(`sign-in failed: ${res.status}`);
  }
  return session;
}

/** The number of cases the page says the queue holds (「共 N 件」), to show what each target lists. */
async function rowsOf(url: string, cookie: string, pagePath: string): Promise<number> {
  const res = await fetch(`${url}${pagePath}`, { headers: { cookie } });
  const html = await res.text();
  if (res.status !== 200) {
    throw new Error(`${pagePath} answered ${res.status}`);
  }
  return Number(/共\s*([\d,]+)\s*件/.exec(html)?.[1]?.replace(/,/g, '') ?? Number.NaN);
}

async function load(url: string, cookie: string, target: (typeof TARGETS)[number]): Promise<QueueTarget> {
  const rows = await rowsOf(url, cookie, target.path);
  const options = {
    url: `${url}${target.path}`,
    headers: { cookie },
    connections: CONNECTIONS,
    timeout: TIMEOUT_S,
  };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const result = await autocannon({ ...options, duration: DURATION_S });
  return {
    ...target,
    rows,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Drives `targets` on a running app; `suffix` marks the rows in the table. */
async function drive(
  child: Child,
  targets: readonly (typeof TARGETS)[number][],
  suffix: string,
): Promise<QueueTarget[]> {
  const cookie = await logIn(child.url);
  const results: QueueTarget[] = [];
  for (const target of targets) {
    const result = await load(child.url, cookie, target);
    process.stderr.write(
      `  ${target.name}${suffix}: ${result.rows} rows, ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms\n`,
    );
    results.push({ ...result, path: `${result.path}${suffix}` });
  }
  return results;
}

/**
 * Starts the app on the prepared database and drives the pages; with BENCH_BASELINE, then the
 * baseline checkout's app for the searches (one app at a time).
 */
export async function benchQueue(database: { url: string } | { dataDir: string }): Promise<QueueTarget[]> {
  const results: QueueTarget[] = [];
  const runs: Array<{ root: string; targets: readonly (typeof TARGETS)[number][]; suffix: string }> = [
    { root: '', targets: TARGETS, suffix: '' },
    ...(BASELINE === '' ? [] : [{ root: BASELINE, targets: SEARCHES, suffix: ' (baseline)' }]),
  ];
  for (const run of runs) {
    const child = await startChild(database, run.root);
    try {
      results.push(...(await drive(child, run.targets, run.suffix)));
    } finally {
      await stopChild(child);
    }
  }
  return results;
}

/** Autocannon settings, for the printed method line. */
export const QUEUE_METHOD = {
  seconds: DURATION_S,
  connections: CONNECTIONS,
  organ: QUEUE_ORGAN,
  cases: QUEUE_CASES,
};
