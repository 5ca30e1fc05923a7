/**
 * Web throughput (issue 3): autocannon against (a) a plain Hono "hello" app, (b) the portal home
 * page /o/<root slug>, (c) a stored 年报体检 result page, (d) POST of seed 002 to the checker —
 * plus "hello" behind the platform's middleware (the floor for any page) — each server in a child
 * process on a free loopback port (the parent only drives load), bounded
 * duration per target, on PGlite and, when reachable, on a fresh PostgreSQL database.
 * Target: the portal page within 50% of hello's requests/s in the same run.
 * Prints the figures and writes them to docs/benchmarks.md under "## Web (issue 3)".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backends } from '../test/db.ts';
import { ROOT } from '../test/fixtures.ts';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const POST_CONNECTIONS = 4;
const SEED_002 = path.join(ROOT, 'test-fixtures', 'seeds', '002_2620abe2f7b9fa96.txt');
const DOC = path.join(ROOT, 'docs', 'benchmarks.md');
const HEADING = '## Web (issue 3)';

type AutocannonResult = {
  requests: { average: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
  '2xx': number;
};
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

type Target = { name: string; rps: number; p99: number; non2xx: number; errors: number };
type Child = { url: string; slug: string; token: string; process: ChildProcess };

/** Starts `web-child.ts MODE` and waits for its JSON line {url, slug, token}. */
function startChild(mode: 'hello' | 'app', databaseUrl: string | null): Promise<Child> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'web-child.ts');
  const env = {
    ...process.env,
    LOG_LEVEL: 'silent',
    ...(databaseUrl === null ? {} : { DATABASE_URL: databaseUrl }),
  };
  const child = spawn(process.execPath, ['--import', 'tsx', script, mode], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line !== undefined) {
        resolve({ ...(JSON.parse(line) as { url: string; slug: string; token: string }), process: child });
      }
    });
    child.once('exit', (code) => reject(new Error(`bench server (${mode}) exited with ${String(code)}`)));
  });
}

function stopChild(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.process.removeAllListeners('exit');
    child.process.once('exit', () => resolve());
    child.process.kill('SIGTERM');
  });
}

async function load(name: string, options: Record<string, unknown>): Promise<Target> {
  await autocannon({ ...options, duration: 2 }); // warm-up (JIT, caches, connection pool)
  const result = await autocannon({ ...options, duration: DURATION_S });
  return {
    name,
    rps: result.requests.average,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** A visitor's CSRF cookie and form token, and a multipart body with seed 002 as the file. */
async function checkerPost(url: string): Promise<{ headers: Record<string, string>; body: Buffer }> {
  const res = await fetch(`${url}/tools/report-check`);
  const token = /name="_csrf" value="([^"]*)"/.exec(await res.text())?.[1] ?? '';
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const boundary = 'gongkaibench';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="002.txt"\r\nContent-Type: text/plain\r\n\r\n`,
    ),
    fs.readFileSync(SEED_002),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, body };
}

async function runBackend(label: string, databaseUrl: string | null, hello: Target): Promise<Target[]> {
  const app = await startChild('app', databaseUrl);
  try {
    const floor = await load('platform middleware + "hello"', {
      url: `${app.url}/__bench/hello`,
      connections: CONNECTIONS,
    });
    const portal = await load(`portal /o/${app.slug}`, {
      url: `${app.url}/o/${app.slug}`,
      connections: CONNECTIONS,
    });
    const result = await load('checker result page', {
      url: `${app.url}/tools/report-check/${app.token}`,
      connections: CONNECTIONS,
    });
    const post = await checkerPost(app.url);
    const upload = await load('checker POST seed 002', {
      url: `${app.url}/tools/report-check`,
      method: 'POST',
      connections: POST_CONNECTIONS,
      ...post,
    });
    process.stdout.write(`${label}: portal at ${((portal.rps / hello.rps) * 100).toFixed(0)}% of hello\n`);
    return [floor, portal, result, upload];
  } finally {
    await stopChild(app);
  }
}

function table(rows: readonly Target[]): string {
  const line = (r: Target) =>
    `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.non2xx} | ${r.errors} |`;
  return [
    '| target | requests/s | p99 latency (ms) | non-2xx | errors |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(line),
  ].join('\n');
}

function writeDoc(section: string): void {
  const existing = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  const start = existing.indexOf(HEADING);
  const end = start === -1 ? -1 : existing.indexOf('\n## ', start + HEADING.length);
  const kept =
    start === -1
      ? existing.trimEnd()
      : `${existing.slice(0, start).trimEnd()}${end === -1 ? '' : `\n\n${existing.slice(end + 1).trimEnd()}`}`;
  fs.writeFileSync(DOC, `${kept}\n\n${section.trimEnd()}\n`);
}

/** Runs the web benchmark. */
export async function benchWeb(): Promise<void> {
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  process.stdout.write(`machine: ${machine}\n`);
  const sections: string[] = [];
  const pg = (await backends()).find((b) => b.name === 'postgres');
  for (const [label, open] of [
    ['PGlite', null],
    ['PostgreSQL', pg?.open ?? undefined],
  ] as const) {
    if (open === undefined) {
      sections.push(`### ${label}\n\nnot reachable — skipped.`);
      continue;
    }
    const database = open === null ? null : await open();
    try {
      await database?.db.close();
      const helloServer = await startChild('hello', null);
      const hello = await load('plain Hono "hello"', { url: helloServer.url, connections: CONNECTIONS });
      await stopChild(helloServer);
      const rows = [hello, ...(await runBackend(label, database?.url ?? null, hello))];
      process.stdout.write(`\n${label}\n${table(rows)}\n`);
      const ratio = (rows[2]!.rps / hello.rps) * 100;
      const ofFloor = (rows[2]!.rps / rows[1]!.rps) * 100;
      sections.push(
        `### ${label}\n\n${table(rows)}\n\nPortal page: ${ratio.toFixed(0)}% of plain hello (target ≥ 50%), ${ofFloor.toFixed(0)}% of "hello" behind the platform's middleware.`,
      );
    } finally {
      await database?.dispose().catch(() => undefined);
    }
  }
  const method =
    `autocannon 8 on loopback, ${DURATION_S} s per target after a 2 s warm-up, ${CONNECTIONS} connections (POST: ${POST_CONNECTIONS}); ` +
    'each server in its own child process (LOG_LEVEL=silent), the parent only drives load. Run: `npm run bench -- web`.';
  const notes =
    'Portal pages are rendered once per organ-directory snapshot (5 s) and then served from memory, so a page costs ' +
    'what the platform\'s per-request middleware costs plus sending ~10 KB: compare the "platform middleware + hello" row ' +
    '(request id and access log, security headers, body limit, session, CSRF cookie for a first-time visitor — autocannon ' +
    'keeps no cookies, so every request is a first visit). The checker POST answers 303 (redirect to the result), which ' +
    'autocannon counts as non-2xx; its rate is bounded by parse + check + one insert.';
  writeDoc(`${HEADING}\n\nMachine: ${machine}. ${method}\n\n${sections.join('\n\n')}\n\n${notes}`);
  process.stdout.write(`\nwritten to ${path.relative(ROOT, DOC)}\n`);
}
