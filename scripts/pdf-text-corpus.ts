/**
 * Writes the PDF corpus the text-layer reader is compared on (decision 024): the reports of the
 * report bench (seeds with prose, 20 random reports) rendered to DOCX and HTML by our renderer, and
 * the seed texts, converted to PDF by LibreOffice.
 * The DOCX files are exported a second time, as Word exports by default — tagged PDF (marked
 * content around every run) — and as PDF/A-2b, into DIR/tagged.
 * Usage: tsx scripts/pdf-text-corpus.ts DIR   (then: tsx scripts/compare-pdf-text.ts DIR DIR/tagged)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { renderReport } from '../src/render/index.ts';
import { randomReport } from '../test/shapes/index.ts';
import { expectedData, reportWithProse, SEED_IDS, seedText } from '../test/fixtures.ts';

const dir = path.resolve(process.argv[2] ?? 'pdf-corpus');
fs.mkdirSync(dir, { recursive: true });
const fixtures = SEED_IDS.filter((id) => expectedData(id).format !== 'legacy').map(reportWithProse);
const random = Array.from({ length: 20 }, (_, i) => randomReport(i + 1, i % 2 === 0 ? '2021' : '2019'));
const sources: string[] = [];
for (const [r, report] of [...fixtures, ...random].entries()) {
  const docx = path.join(dir, `r${r}.docx`);
  fs.writeFileSync(docx, await renderReport(report, 'docx'));
  sources.push(docx);
  if (r % 4 === 0) {
    const html = path.join(dir, `h${r}.html`);
    fs.writeFileSync(html, await renderReport(report, 'html'));
    sources.push(html);
  }
}
for (const id of SEED_IDS) {
  const txt = path.join(dir, `s${id}.txt`);
  fs.writeFileSync(txt, seedText(id));
  sources.push(txt);
}
execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...sources], {
  stdio: 'ignore',
  timeout: 600_000,
});
const tagged = path.join(dir, 'tagged');
fs.mkdirSync(tagged, { recursive: true });
const options = {
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  SelectPdfVersion: { type: 'long', value: '2' },
};
execFileSync(
  'libreoffice',
  [
    '--headless',
    '--convert-to',
    `pdf:writer_pdf_Export:${JSON.stringify(options)}`,
    '--outdir',
    tagged,
    ...sources.filter((f) => f.endsWith('.docx')),
  ],
  { stdio: 'ignore', timeout: 600_000 },
);
for (const out of [dir, tagged]) {
  const made = fs.readdirSync(out).filter((f) => f.endsWith('.pdf'));
  process.stdout.write(`${made.length} PDF in ${out}\n`);
}
