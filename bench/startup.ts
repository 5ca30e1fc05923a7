/**
 * Start-up (issue 9): whole processes, as a new user starts them — each command BENCH_RUNS times
 * (default 7; rounds interleave the commands so that load on a shared machine spreads evenly),
 * median with min–max, beside `node -e 1` in the same run:
 * `gongkai --help`, `report check` on a seed, `deadline …`, `npx gongkai --help`, the CLI through
 * tsx on the sources (the way it ran before the build), and `npm start` until the first 200 from
 * /healthz on a fresh and on an existing data folder (temporary DATA_DIR, free port). Then what
 * each step of the server's start costs (startup-steps.ts) on a fresh and an existing folder.
 * BENCH_ROOT=/path/to/checkout measures another checkout (e.g. the code before this change) with
 * this script. Figures go to docs/benchmarks.md by hand, with the date and the machine.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchStartupSteps } from './startup-steps-run.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(process.env.BENCH_ROOT ?? path.join(HERE, '..'));
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const SEED = 'test-fixtures/seeds/000_5b011f5e8cebd16c.txt';
const DEADLINE = [
  'deadline',
  '--received',
  '2024-09-27',
  '--pause',
  '2024-10-10:2024-10-21',
  '--extend',
  '20',
];

type Measure = { name: string; target: string; once: () => Promise<number> };

/** Runs a command to its end; resolves with the wall time (ms). Exit codes 0 and 1 are fine. */
function timeProcess(command: string, args: readonly string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      const elapsed = performance.now() - started;
      if (code === 0 || code === 1) {
        resolve(elapsed);
      } else {
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${String(code)}: ${stderr.slice(0, 500)}`),
        );
      }
    });
  });
}

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function isHealthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * `npm start` in its own process group; resolves with the time to the first 200 from /healthz,
 * after stopping the server (SIGTERM to the group) and waiting for it to exit.
 */
async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  while (!(await isHealthy(port))) {
    if (hasExited) {
      throw new Error(`npm start exited before answering: ${stderr.slice(0, 500)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const elapsed = performance.now() - started;
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  return elapsed;
}

function summary(times: readonly number[]): { median: number; min: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

function measures(scratch: string, existing: string): Measure[] {
  const node = process.execPath;
  const bin = path.join(ROOT, 'bin', 'gongkai.js');
  const main = path.join(ROOT, 'src', 'cli', 'main.ts');
  let fresh = 0;
  return [
    { name: '`node -e 1` (baseline)', target: '', once: () => timeProcess(node, ['-e', '1']) },
    { name: '`gongkai --help`', target: '< 300 ms', once: () => timeProcess(node, [bin, '--help']) },
    {
      name: '`gongkai report check` seed 000',
      target: '< 500 ms',
      once: () => timeProcess(node, [bin, 'report', 'check', SEED]),
    },
    { name: '`gongkai deadline …`', target: '< 300 ms', once: () => timeProcess(node, [bin, ...DEADLINE]) },
    { name: '`npx gongkai --help`', target: '', once: () => timeProcess('npx', ['gongkai', '--help']) },
    {
      name: '`--help` through tsx on the sources (as before the build)',
      target: '',
      once: () => timeProcess(node, ['--import', 'tsx', main, '--help']),
    },
    {
      name: '`npm start` → first 200, fresh data folder',
      target: '< 5 s',
      once: () => timeStart(path.join(scratch, `fresh-${(fresh += 1)}`)),
    },
    {
      name: '`npm start` → first 200, existing data folder',
      target: '< 2 s',
      once: () => timeStart(existing),
    },
  ];
}

/** Runs the benchmark and prints the figures as a Markdown table. */
export async function benchStartup(): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-startup-'));
  try {
    const existing = path.join(scratch, 'existing');
    process.stderr.write(`root ${ROOT}, ${RUNS} runs; preparing the existing data folder…\n`);
    await timeStart(existing); // makes the folder (and warms the file cache)
    const list = measures(scratch, existing);
    for (const m of list) {
      await m.once(); // warm-up, not counted
    }
    const times = list.map(() => [] as number[]);
    for (let round = 0; round < RUNS; round += 1) {
      for (const [index, m] of list.entries()) {
        times[index]!.push(await m.once());
      }
      process.stderr.write(`round ${round + 1}/${RUNS}\n`);
    }
    const load = os.loadavg().map((l) => l.toFixed(1));
    process.stdout.write(
      `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores · Node ${process.version} · load average ${load.join(' ')} · ${ROOT}\n\n`,
    );
    process.stdout.write('| command | target | median (ms) | min–max (ms) |\n|---|---|---:|---:|\n');
    for (const [index, m] of list.entries()) {
      const s = summary(times[index]!);
      const ms = (n: number) => Math.round(n).toString();
      process.stdout.write(`| ${m.name} | ${m.target} | ${ms(s.median)} | ${ms(s.min)}–${ms(s.max)} |\n`);
    }
    await benchStartupSteps(ROOT, scratch, RUNS);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
