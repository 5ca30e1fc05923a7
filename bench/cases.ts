/**
 * Cases (issue 4), `npm run bench -- cases`:
 * 1. deadline computations per second (bench/cases-deadlines.ts);
 * 2. tables 三/四 over 1,000,000 generated cases in 500 organs, bulk-loaded with SQL, on PostgreSQL
 *    (when reachable) and PGlite (a file-backed folder in the temporary directory), checked
 *    against the in-memory builders (bench/cases-statistics.ts); target < 2 s on PostgreSQL;
 * 3. the staff queue page with 100,000 open cases in one organ, the real app in a child process
 *    driven by autocannon (bench/cases-queue.ts).
 * Prints the figures and writes them to docs/benchmarks.md under "## Cases (issue 4)". Exits 1
 * when the database's tables differ from the in-memory builders'.
 * Environment: BENCH_CASES (default 1000000), BENCH_SECONDS (autocannon, default 10),
 * BENCH_BACKENDS (default "postgres,pglite").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '../src/app/clock.ts';
import type { Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { backends } from '../test/db.ts';
import { ROOT } from '../test/fixtures.ts';
import { benchDeadlines } from './cases-deadlines.ts';
import { benchQueue, prepareQueue, QUEUE_METHOD } from './cases-queue.ts';
import {
  deadlineTable,
  HEADING,
  loadLines,
  queueTable,
  statisticsTable,
  writeSection,
  type BackendFigures,
} from './cases-report.ts';
import { seedCases, seedOrgans, withoutSecondaryIndexes } from './cases-seed.ts';
import { benchStatistics } from './cases-statistics.ts';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const WANTED = (process.env.BENCH_BACKENDS ?? 'postgres,pglite').split(',');
const DOC = path.join(ROOT, 'docs', 'benchmarks.md');

const DATA =
  'Data (bench/cases-seed.ts, `INSERT … SELECT … FROM generate_series`, seeded): 500 organs (1 root, 20 districts, ' +
  '479 departments under the root or a district); cases received 2022–2025, skewed towards low organ ids (the root has ≈ 2 %), ' +
  '86 % natural persons, decisions weighted like a typical year (36 % 予以公开, 18 % 本机关不掌握 …), ≈ 3 % still open, closed ' +
  'after 0–75 days (1.5 % after ≈ 300, so years overlap), ≈ 2 % of closed cases with a 复议/诉讼 record. Timed: the statistics ' +
  'use case (`caseStatistics`: organ registry, subtree, the two counting queries for table 三 and one for table 四, tables ' +
  'from counts), one warm-up then 7 runs. PostgreSQL 15 with its default settings (shared_buffers 128 MB); PGlite ' +
  '(PostgreSQL 18 in WASM) in a folder under the temporary directory.';

type Opened = {
  label: string;
  db: Db;
  target: { url: string } | { dataDir: string };
  release: () => Promise<void>;
  dispose: () => Promise<void>;
};

/** The backends to measure: a fresh PostgreSQL database (test/db.ts) and a PGlite folder. */
async function openBackends(): Promise<Array<() => Promise<Opened>>> {
  const list: Array<() => Promise<Opened>> = [];
  const pg = (await backends()).find((b) => b.name === 'postgres');
  if (pg && WANTED.includes('postgres')) {
    list.push(async () => {
      const t = await pg.open();
      return {
        label: 'PostgreSQL',
        db: t.db,
        target: { url: t.url! },
        release: () => Promise.resolve(),
        dispose: t.dispose,
      };
    });
  }
  if (WANTED.includes('pglite')) {
    list.push(async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-bench-cases-'));
      const db = await openPglite(dataDir);
      await migrate(db);
      let isOpen = true;
      const release = async () => {
        if (isOpen) {
          isOpen = false;
          await db.close();
        }
      };
      return {
        label: 'PGlite',
        db,
        target: { dataDir },
        release,
        dispose: () => fs.promises.rm(dataDir, { recursive: true, force: true }),
      };
    });
  }
  return list;
}

const seconds = (from: number): number => (performance.now() - from) / 1000;

async function runBackend(open: () => Promise<Opened>): Promise<BackendFigures> {
  const o = await open();
  try {
    const start = performance.now();
    await seedOrgans(o.db);
    await withoutSecondaryIndexes(o.db, 'cases', () =>
      seedCases(o.db, CASES, (done) => {
        process.stderr.write(
          `  ${o.label}: ${done.toLocaleString('en-US')} cases (${seconds(start).toFixed(0)} s)\n`,
        );
      }),
    );
    await o.db.query('VACUUM ANALYZE');
    const loadSeconds = seconds(start);
    process.stderr.write(`  ${o.label}: loaded in ${loadSeconds.toFixed(0)} s\n`);
    const statistics = await benchStatistics(o.db);
    await prepareQueue(o.db, systemClock.today());
    await o.release(); // PGlite: the child opens the folder
    const queue = await benchQueue(o.target);
    return { label: o.label, cases: CASES, loadSeconds, statistics, queue };
  } finally {
    await o.release();
    await o.dispose();
  }
}

/** Runs the cases benchmark. */
export async function benchCases(): Promise<void> {
  const started = performance.now();
  const machine =
    `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ` +
    `node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${os.loadavg()[0]!.toFixed(1)} at start`;
  process.stdout.write(`machine: ${machine}\n`);
  const deadlines = benchDeadlines();
  process.stdout.write(`\nDeadlines (one process)\n${deadlineTable(deadlines)}\n`);
  const figures: BackendFigures[] = [];
  for (const open of await openBackends()) {
    figures.push(await runBackend(open));
  }
  const statistics = `${statisticsTable(figures)}\n\n${loadLines(figures)}`;
  const queue = queueTable(figures);
  process.stdout.write(
    `\nTables 三/四 (statistics use case, 7 runs after a warm-up)\n${statistics}\n\nStaff queue (${QUEUE_METHOD.cases.toLocaleString('en-US')} open cases in organ ${QUEUE_METHOD.organ})\n${queue}\n`,
  );
  const mismatches = figures.flatMap((f) => f.statistics.mismatches.map((m) => `${f.label}: ${m}`));
  for (const m of mismatches) {
    process.stderr.write(`MISMATCH ${m}\n`);
  }
  const total = seconds(started);
  process.stdout.write(`\ntotal ${total.toFixed(0)} s\n`);
  const method =
    `autocannon 8 on loopback, ${QUEUE_METHOD.seconds} s per page after a 2 s warm-up, ${QUEUE_METHOD.connections} connections, ` +
    'one signed-in handler (session cookie); the app in its own child process (LOG_LEVEL=silent).';
  writeSection(
    DOC,
    [
      HEADING,
      '',
      `Machine: ${machine}. Run: \`npm run bench -- cases\` (${total.toFixed(0)} s in all).`,
      '',
      '### Deadline engine',
      '',
      deadlineTable(deadlines),
      '',
      `### Tables 三/四 from ${CASES.toLocaleString('en-US')} cases`,
      '',
      DATA,
      '',
      statistics,
      '',
      `### Staff queue page, ${QUEUE_METHOD.cases.toLocaleString('en-US')} open cases in one organ`,
      '',
      `${method}`,
      '',
      queue,
    ].join('\n'),
  );
  process.stdout.write(`written to ${path.relative(ROOT, DOC)}\n`);
  if (mismatches.length > 0) {
    process.exitCode = 1;
  }
}
