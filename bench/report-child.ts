/**
 * One measurement of `npm run bench -- report`, in a process of its own so that its peak memory is
 * its own: parse + check (or only read) the files listed in a file, cycled to a count, with the
 * report engine of a checkout (this one, or the baseline given by BENCH_BASELINE).
 * Usage: tsx bench/report-child.ts ROOT MODE LIST COUNT [ROUNDS] → one JSON line on stdout: the
 * round (of COUNT reports, after a warm-up pass) with the least CPU time — the engine's steady state,
 * without the JIT's first compilations and without the worst of the machine's other work.
 *   ROOT   checkout whose src/ is measured; MODE `engine` (read, convert, parse, check) or `read`
 *   (the file's bytes only); LIST a file with one path per line; COUNT reports to process.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Engine = {
  loadReport: (file: string) => Promise<{ report: unknown; sourceText: string | null }>;
  checkReport: (report: unknown, options: { sourceText?: string }) => unknown;
};

/** What one measurement prints (CPU is user + system of the whole process, every thread). */
export type ChildFigures = {
  reports: number;
  wallSeconds: number;
  cpuSeconds: number;
  errors: number;
  peakRssMiB: number;
};

async function engineOf(root: string): Promise<Engine> {
  const url = (file: string) => pathToFileURL(path.join(root, file)).href;
  const read = (await import(url('src/io/read-input.ts'))) as Pick<Engine, 'loadReport'>;
  const check = (await import(url('src/domain/report/check/check-report.ts'))) as Pick<Engine, 'checkReport'>;
  return { loadReport: read.loadReport, checkReport: check.checkReport };
}

async function run(
  engine: Engine | null,
  files: readonly string[],
  count: number,
): Promise<{ errors: number }> {
  let errors = 0;
  for (let i = 0; i < count; i += 1) {
    const file = files[i % files.length]!;
    try {
      if (engine) {
        const loaded = await engine.loadReport(file);
        engine.checkReport(
          loaded.report,
          loaded.sourceText === null ? {} : { sourceText: loaded.sourceText },
        );
      } else {
        await readFile(file);
      }
    } catch {
      errors += 1;
    }
  }
  return { errors };
}

const [root = '.', mode = 'engine', list = '', countText = '1000', roundsText = '3'] = process.argv.slice(2);
const files = (await readFile(list, 'utf8')).split('\n').filter((f) => f !== '');
const count = Number(countText);
const engine = mode === 'engine' ? await engineOf(path.resolve(root)) : null;
await run(engine, files, Math.min(count, Math.max(300, files.length))); // warm-up: JIT, lazy imports
let best: ChildFigures | null = null;
for (let round = 0; round < Number(roundsText); round += 1) {
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const { errors } = await run(engine, files, count);
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (best === null || cpuSeconds < best.cpuSeconds) {
    best = { reports: count, wallSeconds, cpuSeconds, errors, peakRssMiB: 0 };
  }
}
process.stdout.write(`${JSON.stringify({ ...best, peakRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
