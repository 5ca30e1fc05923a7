/**
 * Hostile uploads against the public 年报体检 (issue 8, item 1): each file is posted to a fresh
 * platform process (bench/web-child.ts, PGlite) after one ordinary check (so that the parse worker
 * runs), while /healthz is polled; prints the time to the answer, its status and message, the
 * server's peak and remaining RSS (main thread and workers: one process), and the slowest /healthz.
 * Run: `npm run bench -- uploads`. Figures go to docs/benchmarks.md by hand.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHugeXmlDocx, buildPdfBomb } from '../src/io/testing/hostile-files.ts';
import { ROOT } from '../test/fixtures.ts';

const MB = 1024 * 1024;
const SEED_002 = path.join(ROOT, 'test-fixtures', 'seeds', '002_2620abe2f7b9fa96.txt');
/** Give up on one upload after this long (the unprotected server took 166 s for the 1 GB PDF). */
const UPLOAD_DEADLINE_MS = 300_000;

type Probe = { name: string; fileName: string; build: () => Buffer };
const PROBES: Probe[] = [
  {
    name: 'PDF, content stream inflating to 200 MB',
    fileName: 'bomb-200.pdf',
    build: () => buildPdfBomb(200 * MB),
  },
  {
    name: 'PDF, content stream inflating to 1 GB',
    fileName: 'bomb-1g.pdf',
    build: () => buildPdfBomb(1024 * MB),
  },
  { name: 'DOCX with 60 MB of XML', fileName: 'huge-xml.docx', build: () => buildHugeXmlDocx(60 * MB) },
];

type Child = { url: string; process: ChildProcess };

function startChild(): Promise<Child> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'web-child.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, 'app'], {
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line !== undefined) {
        resolve({ url: (JSON.parse(line) as { url: string }).url, process: child });
      }
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${String(code)}`)));
  });
}

function stopChild(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.process.removeAllListeners('exit');
    child.process.once('exit', () => resolve());
    child.process.kill('SIGKILL');
  });
}

/** VmHWM (peak) and VmRSS (now) of a process, in MB (Linux). */
function memoryOf(pid: number): { peakMb: number; rssMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
  return { peakMb: Math.round(field('VmHWM')), rssMb: Math.round(field('VmRSS')) };
}

async function postFile(
  url: string,
  bytes: Buffer,
  fileName: string,
): Promise<{ status: number; message: string }> {
  const form = await fetch(`${url}/tools/report-check`);
  const token = /name="_csrf" value="([^"]*)"/.exec(await form.text())?.[1] ?? '';
  const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = new FormData();
  body.set('_csrf', token);
  body.set('file', new File([new Uint8Array(bytes)], fileName));
  const res = await fetch(`${url}/tools/report-check`, {
    method: 'POST',
    body,
    headers: { cookie },
    redirect: 'manual',
    signal: AbortSignal.timeout(UPLOAD_DEADLINE_MS),
  });
  const html = await res.text();
  const message = /<p class="rc-error-title">[^<]*<\/p><p>([^<]*)<\/p>/.exec(html)?.[1] ?? '';
  return { status: res.status, message };
}

/** Polls /healthz one request at a time until `done`; returns the slowest answer in ms. */
async function pollHealth(url: string, isDone: () => boolean): Promise<number> {
  let slowest = 0;
  while (!isDone()) {
    const started = performance.now();
    // A fresh connection each time: a kept-alive one may be reset by the server meanwhile.
    await fetch(`${url}/healthz`, { headers: { connection: 'close' } })
      .then((res) => res.text())
      .catch(() => undefined);
    slowest = Math.max(slowest, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Math.round(slowest);
}

async function runProbe(probe: Probe): Promise<string> {
  const bytes = probe.build();
  const child = await startChild();
  try {
    const pid = child.process.pid!;
    // One ordinary check first, so that the parse worker is running (as on a server in use).
    await postFile(child.url, fs.readFileSync(SEED_002), '002.txt');
    const before = memoryOf(pid);
    let isDone = false;
    const started = performance.now();
    const health = pollHealth(child.url, () => isDone);
    const answer = await postFile(child.url, bytes, probe.fileName).catch((error: unknown) => ({
      status: 0,
      message: `no answer (${(error as Error).name})`,
    }));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    isDone = true;
    const slowestHealth = await health;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = memoryOf(pid);
    return `| ${probe.name} (${Math.round(bytes.length / 1024)} KB) | ${seconds} s | ${answer.status} ${answer.message} | ${before.rssMb} → peak ${after.peakMb} → ${after.rssMb} MB | ${slowestHealth} ms |`;
  } finally {
    await stopChild(child);
  }
}

/** Runs every probe, each against a fresh server process, and prints a Markdown table. */
export async function benchUploads(): Promise<void> {
  const lines = [
    '| upload | answered after | status and message | server RSS: idle → peak → 2 s after (MB) | slowest /healthz meanwhile |',
    '|---|---:|---|---|---:|',
  ];
  for (const probe of PROBES) {
    const line = await runProbe(probe);
    process.stdout.write(`${line}\n`);
    lines.push(line);
  }
  process.stdout.write(`\n${lines.join('\n')}\n`);
}
