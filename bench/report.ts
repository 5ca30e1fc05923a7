/**
 * Report engine throughput: parse + check a corpus of ≥ 1,000 reports per input kind, one process
 * (one core), from files on disk as `gongkai report batch` reads them.
 * Corpus: the five seeds and every generated shape (test/shapes) of the seed data and of random
 * reports; DOCX rendered by our renderer; PDF converted from those DOCX by LibreOffice.
 * Each measurement runs in a child process of its own (bench/report-child.ts), so its peak RSS is
 * its own, and prints wall time and CPU time (user + system, every thread): CPU time is what a
 * shared machine inflates least. Beside each kind, in the same run: reading the files only, and —
 * with BENCH_BASELINE=/path/to/checkout (e.g. `git worktree add /tmp/base <commit>` plus its
 * node_modules) — the same corpus through that checkout's engine. BENCH_REPORTS sets the count
 * (default 1,000), BENCH_ROUNDS the rounds each process measures after a warm-up pass (default 3;
 * the round with the least CPU time is printed).
 * Targets (issue 9): ≥ 1,000 reports/s/core for text, ≥ 300/s for DOCX, ≥ 100/s for PDF.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnualReport } from '../src/domain/report/model.ts';
import { renderReport } from '../src/render/index.ts';
import { BASE_SHAPES, randomReport, shape, type ShapeName } from '../test/shapes/index.ts';
import { expectedData, reportWithProse, SEED_IDS, seedText } from '../test/fixtures.ts';
import type { ChildFigures } from './report-child.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const TARGET = Number(process.env.BENCH_REPORTS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** The reports of the bench corpus: the seeds (with prose) and 20 random ones of both formats. */
export function corpusReports(): AnnualReport[] {
  const fixtures = SEED_IDS.filter((id) => expectedData(id).format !== 'legacy').map(reportWithProse);
  const random = Array.from({ length: 20 }, (_, i) => randomReport(i + 1, i % 2 === 0 ? '2021' : '2019'));
  return [...fixtures, ...random];
}

function writeTextCorpus(dir: string, reports: readonly AnnualReport[]): string[] {
  const files: string[] = [];
  SEED_IDS.forEach((id) => {
    const file = path.join(dir, `${id}.txt`);
    fs.writeFileSync(file, seedText(id));
    files.push(file);
  });
  reports.forEach((report, r) => {
    (Object.keys(BASE_SHAPES) as ShapeName[]).forEach((name) => {
      const file = path.join(dir, `r${r}-${name}.txt`);
      fs.writeFileSync(file, shape(report, name, r % 3 === 0 ? ['withNavigation', 'withPageFooters'] : []));
      files.push(file);
    });
  });
  return files;
}

async function writeDocxCorpus(dir: string, reports: readonly AnnualReport[]): Promise<string[]> {
  return Promise.all(
    reports.map(async (report, r) => {
      const file = path.join(dir, `r${r}.docx`);
      fs.writeFileSync(file, await renderReport(report, 'docx'));
      return file;
    }),
  );
}

function writePdfCorpus(dir: string, docx: readonly string[]): string[] {
  const chosen = docx.slice(0, 6);
  try {
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...chosen], {
      stdio: 'ignore',
      timeout: 180_000,
    });
  } catch {
    process.stderr.write('LibreOffice not available: PDF figures skipped\n');
    return [];
  }
  return chosen
    .map((f) => path.join(dir, `${path.basename(f, '.docx')}.pdf`))
    .filter((f) => fs.existsSync(f));
}

type Row = { kind: string; engine: string; figures: ChildFigures };

function child(root: string, mode: 'engine' | 'read', list: string, count: number): Promise<ChildFigures> {
  const script = path.join(HERE, 'report-child.ts');
  return new Promise((resolve, reject) => {
    const args = [script, root, mode, list, String(count), String(ROUNDS)];
    const proc = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('error', reject);
    proc.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as ChildFigures) : reject(new Error(`child exited ${code}`)),
    );
  });
}

async function measureKind(kind: string, list: string, baseline: string | null): Promise<Row[]> {
  const engines: Array<{ engine: string; root: string; mode: 'engine' | 'read' }> = [
    { engine: 'read only', root: ROOT, mode: 'read' },
    { engine: 'this checkout', root: ROOT, mode: 'engine' },
    ...(baseline
      ? [{ engine: `baseline (${path.basename(baseline)})`, root: baseline, mode: 'engine' as const }]
      : []),
  ];
  const rows: Row[] = [];
  for (const e of engines) {
    rows.push({ kind, engine: e.engine, figures: await child(e.root, e.mode, list, TARGET) });
  }
  return rows;
}

function rowLine(r: Row): string {
  const f = r.figures;
  const cells = [
    r.kind,
    r.engine,
    String(f.reports),
    f.wallSeconds.toFixed(2),
    (f.reports / f.wallSeconds).toFixed(0),
    ((f.cpuSeconds / f.reports) * 1000).toFixed(3),
    (f.reports / f.cpuSeconds).toFixed(0),
    f.peakRssMiB.toFixed(0),
    String(f.errors),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Prints reports per second (wall and CPU) for text, DOCX and PDF input, and the peak memory. */
export async function benchReport(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'));
  const baseline = process.env.BENCH_BASELINE ? path.resolve(process.env.BENCH_BASELINE) : null;
  try {
    const reports = corpusReports();
    const text = writeTextCorpus(dir, reports);
    const docx = await writeDocxCorpus(dir, reports);
    const pdf = writePdfCorpus(dir, docx);
    process.stderr.write(
      `corpus: ${text.length} text files (${Object.keys(BASE_SHAPES).length} shapes), ${docx.length} DOCX, ${pdf.length} PDF\n`,
    );
    const kinds = Object.entries({ text, docx, pdf }).filter(([, files]) => files.length > 0);
    const rows: Row[] = [];
    for (const [kind, files] of kinds) {
      const list = path.join(dir, `${kind}.list`);
      fs.writeFileSync(list, files.join('\n'));
      rows.push(...(await measureKind(kind, list, baseline)));
    }
    const load = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    process.stdout.write(
      `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, node ${process.version}, load average ${load}; best of ${ROUNDS} rounds after a warm-up, each in its own process\n\n`,
    );
    process.stdout.write(
      '| input | engine | reports | wall (s) | reports/s (wall) | CPU ms/report | reports/s (CPU) | peak RSS (MiB) | unreadable |\n',
    );
    process.stdout.write('|---|---|---:|---:|---:|---:|---:|---:|---:|\n');
    rows.forEach((r) => process.stdout.write(`${rowLine(r)}\n`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
