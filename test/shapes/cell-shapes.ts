/**
 * Shapes with one cell per line: `cell |` lines with `|||` padding (seed 002), tab-indented cells
 * with blank lines between rows (seed 004), and column-major order (each column top to bottom,
 * its header first).
 */
import type { AnnualReport } from '../../src/domain/report/model.ts';
import {
  coveredLeading,
  reportBlocks,
  toGrid,
  type Cell,
  type Table,
  type ShapeOptions,
} from './document.ts';
import { renderLines } from './line-shapes.ts';

/** Seed 002: each cell `text |` on its own line; most rows end with a padding line of pipes. */
export function cellPerLinePipe(report: AnnualReport, options: ShapeOptions = {}): string {
  return renderLines(reportBlocks(report, options), (t) =>
    t.rows.flatMap((row, r) => {
      const lines = row.map((c) => `${c.text} |`);
      return r % 4 === 1 ? lines : [...lines, '|'.repeat(2 + (r % 2))];
    }),
  );
}

/**
 * Seed 004: each cell on its own tab-indented line (some with stray spaces), a blank line after
 * each row; cells spanning down from above leave a lone tab line at the start of the row.
 */
export function cellPerLineTab(report: AnnualReport, options: ShapeOptions = {}): string {
  return renderLines(reportBlocks(report, options), (t) =>
    t.rows.flatMap((row, r) => [
      ...Array.from({ length: coveredLeading(t, r) }, () => '\t'),
      ...row.map((c, i) => {
        const pad = c.kind === 'value' && (r + i) % 5 === 2 ? ' ' : '';
        return (r + i) % 7 === 3 ? `\t${pad}${c.text}` : `\t${c.text}${pad}`;
      }),
      '',
    ]),
  );
}

/** The table split into column-major sub-tables: table 二 block by block, the others whole. */
function subTables(t: Table): Table[] {
  if (t.id !== 'proactive') {
    return [t];
  }
  const out: Table[] = [];
  for (const row of t.rows) {
    if (row.length === 1 && row[0]!.kind === 'head') {
      out.push({ ...t, rows: [] });
    }
    out[out.length - 1]!.rows.push(row);
  }
  return out;
}

/** Column-major cells of one table: the label columns' cells row by row, then each value column with its headers. */
function columnMajorCells(t: Table): string[] {
  const grid = toGrid(t);
  const isValueColumn = (c: number) => grid.some((row) => row[c]!.cell.kind === 'value');
  const firstValueColumn = Array.from({ length: t.columns }, (_, c) => c).find(isValueColumn) ?? t.columns;
  const out: string[] = [];
  const seen = new Set<Cell>();
  const emit = (c: number, r: number) => {
    const g = grid[r]![c]!;
    if (!seen.has(g.cell) && g.cell.text !== '') {
      seen.add(g.cell);
      out.push(g.cell.text);
    }
  };
  grid.forEach((_, r) => {
    for (let c = 0; c < firstValueColumn; c += 1) {
      emit(c, r);
    }
  });
  for (let c = firstValueColumn; c < t.columns; c += 1) {
    grid.forEach((_, r) => emit(c, r));
  }
  return out;
}

/** One cell per line, column by column. */
export function columnMajor(report: AnnualReport, options: ShapeOptions = {}): string {
  return renderLines(reportBlocks(report, options), (t) => subTables(t).flatMap(columnMajorCells));
}
