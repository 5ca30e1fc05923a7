/**
 * Shapes with one table row per line: pipe rows (seed 000), GitHub markdown, tab rows (seed 001)
 * and OCR markdown (placeholder headers, full grid, some rows that lost their label).
 */
import type { AnnualReport } from '../../src/domain/report/model.ts';
import {
  coveredLeading,
  reportBlocks,
  toGrid,
  type Block,
  type Table,
  type ShapeOptions,
} from './document.ts';

/** Renders blocks as lines; prose and headings one per line, tables through `table`. */
export function renderLines(
  blocks: readonly Block[],
  table: (t: Table) => string[],
  blankBetween = false,
): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      out.push(...table(b.table));
    } else {
      out.push(b.text);
    }
    if (blankBetween) {
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

/** `label | v | v |` — the cells that start in each row (seed 000). */
export function pipeRows(report: AnnualReport, options: ShapeOptions = {}): string {
  return renderLines(reportBlocks(report, options), (t) =>
    t.rows.map((row) => `${row.map((c) => c.text).join(' | ')} |`),
  );
}

/** A GitHub table per official table: cells in flow order (spans dropped), `|---|` after the first row. */
export function markdown(report: AnnualReport, options: ShapeOptions = {}): string {
  return renderLines(
    reportBlocks(report, options),
    (t) => {
      const lines = t.rows.map((row) => `| ${row.map((c) => c.text).join(' | ')} |`);
      const rule = `|${Array.from({ length: t.columns }, () => '---').join('|')}|`;
      return [lines[0]!, rule, ...lines.slice(1)];
    },
    true,
  );
}

/**
 * Tab-separated rows (seed 001): cells spanning down from above leave one empty leading cell
 * each; header cells spanning columns leave empty cells after them.
 */
export function tabRows(report: AnnualReport, options: ShapeOptions = {}): string {
  return renderLines(
    reportBlocks(report, options),
    (t) => {
      return t.rows.map((row, r) => {
        const cells = [
          ...Array.from({ length: coveredLeading(t, r) }, () => ''),
          ...row.flatMap((c) => [
            c.text,
            ...Array.from({ length: c.kind === 'head' ? c.colSpan - 1 : 0 }, () => ''),
          ]),
        ];
        return cells.join('\t');
      });
    },
    true,
  );
}

/**
 * OCR output as markdown: the full visual grid (spanned areas empty) under placeholder headers
 * `| Column1 | Column2 | … |`; every fifth data row lost its label cells.
 */
export function ocrMarkdown(report: AnnualReport, options: ShapeOptions = {}): string {
  return renderLines(
    reportBlocks(report, options),
    (t) => {
      const grid = toGrid(t);
      const header = `| ${Array.from({ length: t.columns }, (_, i) => `Column${i + 1}`).join(' | ')} |`;
      const rule = `|${Array.from({ length: t.columns }, () => ' --- ').join('|')}|`;
      let dataRow = 0;
      const lines = grid.map((cells) => {
        const isData = cells.some((g) => g.cell.kind === 'value' && g.isOrigin);
        dataRow += isData ? 1 : 0;
        const losesLabel = isData && dataRow % 5 === 3;
        const texts = cells.map((g) =>
          !g.isOrigin || (losesLabel && g.cell.kind === 'label') ? '' : g.cell.text,
        );
        return `| ${texts.join(' | ')} |`;
      });
      return [header, rule, ...lines];
    },
    true,
  );
}

/**
 * A full grid with every spanned cell filled with its span's text, as table extractors
 * (pandas, camelot, tabula) write it: 「| 三、本年度办理结果 | （三）不予公开 | 2.其他… | 1 | … |」,
 * and a value spanning three columns repeated three times.
 */
export function filledGrid(report: AnnualReport, options: ShapeOptions = {}): string {
  return renderLines(
    reportBlocks(report, options),
    (t) => {
      const lines = toGrid(t).map((cells) => `| ${cells.map((g) => g.cell.text).join(' | ')} |`);
      const rule = `|${Array.from({ length: t.columns }, () => '---').join('|')}|`;
      return [lines[0]!, rule, ...lines.slice(1)];
    },
    true,
  );
}
