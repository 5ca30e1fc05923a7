/**
 * Writes sample renderings of the seed reports (expected data + prose cut from the seed text) so
 * they can be looked at in a browser, Word/WPS or LibreOffice.
 *
 *   npx tsx scripts/render-samples.ts [outDir]      (default /tmp/render-shots)
 *
 * The prose cut here is a rough demo (lines between the part headings that are not table rows);
 * it is not the parser.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finding } from '../src/domain/report/findings.ts';
import type { Finding } from '../src/domain/report/findings.ts';
import { PARTS } from '../src/domain/report/layout.ts';
import type { Sections } from '../src/domain/report/model.ts';
import { renderReport } from '../src/render/index.ts';
import type { RenderFormat } from '../src/render/index.ts';
import { expectedFixtureNames, loadExpectedReport } from '../src/render/test-support.ts';

const SEEDS_DIR = new URL('../test-fixtures/seeds/', import.meta.url);
const NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;

/** Rough prose of each part: non-table lines between headings 一、…六、. */
function demoSections(seedText: string): Partial<Sections> {
  const lines = seedText.split(/\r?\n/);
  const starts: number[] = [];
  let from = 0;
  for (const numeral of NUMERALS) {
    const at = lines.findIndex(
      (line, i) => i >= from && line.startsWith(`${numeral}、`) && line.length < 40 && !/[|\t]/.test(line),
    );
    starts.push(at);
    if (at >= 0) {
      from = at + 1;
    }
  }
  const sections: Partial<Sections> = {};
  PARTS.forEach((part, p) => {
    const start = starts[p] ?? -1;
    if (start < 0) {
      return;
    }
    const end = starts.slice(p + 1).find((s) => s > start) ?? lines.length;
    const prose = lines
      .slice(start + 1, end)
      .map((l) => l.trim())
      .filter((l) => l.length > 1 && !/[|\t]/.test(l) && !/^第二十条/.test(l) && !/^[\d.\s]+$/.test(l));
    sections[part.key] = prose.length > 0 ? prose.join('\n') : null;
  });
  return sections;
}

/** A few findings to show the markers (not real check results). */
function demoFindings(): Finding[] {
  return [
    finding('IDENTITY_ROW_TOTAL', 'error', '（一）予以公开：总计与各列之和不符', {
      part: 'applications',
      row: 'granted',
      column: '6',
    }),
    finding('CELL_BLANK', 'warning', '单元格为空，无法核对', {
      part: 'applications',
      row: 'partlyGranted',
      column: '6',
    }),
    finding('REVIEW_TOTAL', 'error', '行政复议：总计与各项之和不符', {
      part: 'reviewLitigation',
      row: 'review',
      column: 'total',
    }),
    finding('ROW_NOTE', 'info', '行政规范性文件现行有效件数与上年不连续', {
      part: 'proactive',
      row: 'normativeDocuments',
    }),
    finding('PART_MISSING', 'warning', '正文未引用表格数字', { part: 'problems' }),
  ];
}

async function main(): Promise<void> {
  const outDir = process.argv[2] ?? '/tmp/render-shots';
  mkdirSync(outDir, { recursive: true });
  const seedFiles = readdirSync(SEEDS_DIR);
  const formats: RenderFormat[] = ['html', 'docx', 'md', 'json', 'csv'];
  for (const name of expectedFixtureNames()) {
    const seed = name.slice(0, 3);
    const seedFile = seedFiles.find((f) => f.startsWith(seed));
    const text = seedFile === undefined ? '' : readFileSync(new URL(seedFile, SEEDS_DIR), 'utf8');
    const report = loadExpectedReport(seed, demoSections(text));
    for (const format of formats) {
      const out = await renderReport(report, format, { file: name });
      writeFileSync(join(outDir, `${seed}.${format}`), out);
    }
    const flagged = await renderReport(report, 'html', { findings: demoFindings() });
    writeFileSync(join(outDir, `${seed}.findings.html`), flagged);
  }
  process.stdout.write(`samples written to ${outDir}\n`);
}

await main();
