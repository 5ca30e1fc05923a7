/**
 * 主动公开 (issue 10): (1) a column list page and an item page over HTTP with 100,000 published items
 * in 200 organs, on PGlite and PostgreSQL, beside plain Hono "hello" in the same run (autocannon,
 * servers in child processes); (2) publishing one item with two attachments through the use cases
 * (create → attach × 2 → 提交审核 → 审核 → 签发, checks included), ms; (3) the pre-publication checks
 * over a 50-page attachment's text, ms. Prints the figures (copy them to docs/benchmarks.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backends } from '../test/db.ts';
import { testEnv } from '../test/portal.ts';
import { docxWith, peopleOf, submission } from '../test/publishing.ts';
import { insertTestTree, movableClock } from '../test/staff.ts';
import { createLogger } from '../src/app/logger.ts';
import { addItemFile } from '../src/app/publishing/item-files.ts';
import { performItemAction } from '../src/app/publishing/perform-item-action.ts';
import { createItem } from '../src/app/publishing/save-item.ts';
import { findItem } from '../src/db/queries/publishing/items.ts';
import { localDate } from '../src/domain/calendar/local-date.ts';
import { checkItem } from '../src/domain/publishing/checks/check-item.ts';

type Result = { requests: { average: number }; latency: { p99: number }; non2xx: number };
const autocannon = createRequire(import.meta.url)('autocannon') as (
  o: Record<string, unknown>,
) => Promise<Result>;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const here = path.dirname(fileURLToPath(import.meta.url));

export function start(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ info: Record<string, string>; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, script), ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line !== undefined) {
        resolve({ info: JSON.parse(line) as Record<string, string>, child });
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${String(code)}`)));
  });
}

export const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

async function load(name: string, url: string): Promise<string> {
  await autocannon({ url, connections: 10, duration: 2 });
  const r = await autocannon({ url, connections: 10, duration: SECONDS });
  return `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p99.toFixed(0)} | ${r.non2xx} |`;
}

async function http(): Promise<void> {
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
    const rows = [await load('plain Hono "hello"', hello.info.url!)];
    await stop(hello.child);
    const app = await start('publishing-child.ts', [], database?.url ? { DATABASE_URL: database.url } : {});
    rows.push(await load('column list page (20 of 500 items)', app.info.url! + app.info.columnPath!));
    rows.push(await load('item page (header table, QR code)', app.info.url! + app.info.itemPath!));
    await stop(app.child);
    await database?.dispose().catch(() => undefined);
    process.stdout.write(
      `\n${label} — 100,000 items in 200 organs (seeded in ${app.info.seedMs} ms)\n| target | requests/s | p99 (ms) | non-2xx |\n|---|---:|---:|---:|\n${rows.join('\n')}\n`,
    );
  }
}

async function publishOne(): Promise<void> {
  const pglite = (await backends()).find((b) => b.name === 'pglite')!;
  const t = await pglite.open();
  const tree = await insertTestTree(t.db);
  const deps = {
    db: t.db,
    clock: movableClock('2026-12-01T02:00:00Z'),
    env: testEnv(),
    logger: createLogger('silent'),
  };
  const people = peopleOf(tree.education);
  const files = [
    await docxWith(Array.from({ length: 40 }, (_, i) => `第${i + 1}条 规范内容。`)),
    await docxWith(['附件二 名录']),
  ];
  const times: number[] = [];
  for (let round = 0; round < 6; round += 1) {
    const began = performance.now();
    const r = await createItem(
      deps,
      people.drafter,
      tree.education,
      submission({ kind: 'notice', title: `关于第${round}批次的通知` }),
    );
    const id = r.ok ? r.itemId : 0;
    const v = async () => (await findItem(t.db, id))!.version;
    for (const [i, bytes] of files.entries()) {
      await addItemFile(deps, people.drafter, id, await v(), { name: `附件${i + 1}.docx`, bytes });
    }
    await performItemAction(deps, people.drafter, id, await v(), 'submitForReview', {});
    await performItemAction(deps, people.reviewer, id, await v(), 'approveReview', {
      check_secrecy: 'yes',
      check_disclosure: 'yes',
      check_accuracy: 'yes',
    });
    const signed = await performItemAction(deps, people.approver, id, await v(), 'sign', {});
    if (!signed.ok) {
      throw new Error(`not published: ${JSON.stringify(signed)}`);
    }
    times.push(performance.now() - began);
  }
  await t.dispose();
  const warm = times.slice(1).sort((a, b) => a - b);
  process.stdout.write(
    `\npublishing one item with two Word attachments (PGlite, checks included): median ${warm[Math.floor(warm.length / 2)]!.toFixed(0)} ms (first, cold: ${times[0]!.toFixed(0)} ms)\n`,
  );
}

function checks50Pages(): void {
  const page = '第一条 为规范本区学生资助工作，根据有关规定，结合本区实际，制定本办法。'.repeat(25);
  const text = Array.from({ length: 50 }, (_, i) => `第${i + 1}页\n${page}`).join('\n');
  const input = {
    kind: 'notice' as const,
    title: '通知',
    docNumber: '',
    writtenOn: null,
    publishOn: localDate('2026-12-01'),
    today: localDate('2026-12-01'),
    bodyText: '正文',
    attachments: [{ fileId: 1, name: '附件.pdf', text }],
    interpretationRequired: false,
    interpretationCount: 0,
    interpretedDocuments: [],
    brokenOwnLinks: [],
  };
  checkItem(input);
  const runs = Array.from({ length: 5 }, () => {
    const began = performance.now();
    checkItem(input);
    return performance.now() - began;
  }).sort((a, b) => a - b);
  process.stdout.write(
    `pre-publication checks over a 50-page attachment (${text.length} characters): median ${runs[2]!.toFixed(1)} ms\n`,
  );
}

/** Runs the publishing benchmark. */
export async function benchPublishing(): Promise<void> {
  process.stdout.write(
    `machine: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString().slice(0, 16)}\n`,
  );
  checks50Pages();
  await publishOne();
  await http();
}
