/**
 * Report engine throughput: parse + check a corpus of ≥ 1,000 reports per input kind, one process
 * (one core), from files on disk as `gongkai report batch` reads them.
 * Corpus: the five seeds and every generated shape (test/shapes) of the seed data and of random
 * reports; DOCX rendered by our renderer; PDF converted from those DOCX by LibreOffice.
 * Targets (issue 2): ≥ 300 reports/s for text, ≥ 50/s for DOCX/PDF.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkReport } from '../src/domain/report/check/check-report.ts';
import type { AnnualReport } from '../src/domain/report/model.ts';
import { loadReport } from '../src/io/read-input.ts';
import { renderReport } from '../src/render/index.ts';
import { BASE_SHAPES, randomReport, shape, type ShapeName } from '../test/shapes/index.ts';
import { expectedData, reportWithProse, SEED_IDS, seedText } from '../test/fixtures.ts';

const TARGET = 1000;

function corpusReports(): AnnualReport[] {
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

type Figures = { kind: string; reports: number; seconds: number; perSecond: number; errors: number };

async function measure(kind: string, files: readonly string[], count: number): Promise<Figures> {
  let errors = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) {
    const file = files[i % files.length]!;
    try {
      const loaded = await loadReport(file);
      checkReport(loaded.report, loaded.sourceText === null ? {} : { sourceText: loaded.sourceText });
    } catch {
      errors += 1;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { kind, reports: count, seconds, perSecond: count / seconds, errors };
}

/** Prints reports per second for text, DOCX and PDF input, and the peak memory. */
export async function benchReport(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'));
  try {
    const reports = corpusReports();
    const text = writeTextCorpus(dir, reports);
    const docx = await writeDocxCorpus(dir, reports);
    const pdf = writePdfCorpus(dir, docx);
    process.stderr.write(
      `corpus: ${text.length} text files (${Object.keys(BASE_SHAPES).length} shapes), ${docx.length} DOCX, ${pdf.length} PDF\n`,
    );
    await measure('warm-up', text, 50);
    const results = [await measure('text', text, TARGET), await measure('docx', docx, TARGET)];
    if (pdf.length > 0) {
      results.push(await measure('pdf', pdf, TARGET));
    }
    const peakMiB = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(
      `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, node ${process.version}\n`,
    );
    for (const r of results) {
      process.stdout.write(
        `${r.kind.padEnd(5)} ${String(r.reports).padStart(5)} reports in ${r.seconds.toFixed(2)} s = ${r.perSecond.toFixed(0)} reports/s (unreadable: ${r.errors})\n`,
      );
    }
    process.stdout.write(`peak RSS: ${peakMiB.toFixed(0)} MiB\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
