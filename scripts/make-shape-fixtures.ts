/**
 * Regenerates the real-pdftotext fixtures in test-fixtures/shapes/: the expected data of seeds 002
 * (2021 format) and 001 (2019 format) rendered to PDF two ways — the project's Word renderer
 * (src/render/docx.ts) and a plain HTML page with one <table> per official table — each converted
 * by LibreOffice and read back with `pdftotext -layout` and `pdftotext -raw`.
 *
 *   npx tsx scripts/make-shape-fixtures.ts
 *
 * Needs `libreoffice` (soffice) and `pdftotext` (poppler-utils) on PATH. A private LibreOffice
 * profile is used so that a running instance does not interfere.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReportDocx } from '../src/render/docx.ts';
import { ROOT, reportWithProse } from '../test/fixtures.ts';
import { reportHtml } from '../test/shapes/html.ts';

/** Seeds rendered, and the short name used in fixture file names. */
const SHAPE_FIXTURE_SEEDS = [
  { id: '002_2620abe2f7b9fa96', name: '002' },
  { id: '001_1f886fd727df4157', name: '001' },
] as const;

const OUT_DIR = join(ROOT, 'test-fixtures', 'shapes');

function toPdf(work: string, input: string, isHtml: boolean): string {
  const profile = `file://${join(work, 'lo-profile')}`;
  const filter = isHtml ? ['--infilter=HTML (StarWriter)'] : [];
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      ...filter,
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      work,
      input,
    ],
    {
      stdio: 'ignore',
      timeout: 180_000,
    },
  );
  return input.replace(/\.(docx|html)$/, '.pdf');
}

function pdfToText(pdf: string, mode: 'layout' | 'raw'): string {
  return execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'gongkai-shapes-'));
  try {
    for (const seed of SHAPE_FIXTURE_SEEDS) {
      const report = reportWithProse(seed.id);
      const docx = join(work, `${seed.name}-docx.docx`);
      writeFileSync(docx, await renderReportDocx(report));
      const html = join(work, `${seed.name}-html.html`);
      writeFileSync(html, reportHtml(report));
      for (const [source, isHtml] of [
        [docx, false],
        [html, true],
      ] as const) {
        const pdf = toPdf(work, source, isHtml);
        for (const mode of ['layout', 'raw'] as const) {
          const kind = isHtml ? 'html' : 'docx';
          writeFileSync(join(OUT_DIR, `${seed.name}-${kind}-${mode}.txt`), pdfToText(pdf, mode));
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
