/**
 * What pdftotext makes of a PDF: `-layout` (space-aligned columns, CJK characters two columns
 * wide, long labels wrapped with the numbers on the middle line, row-span labels centred in their
 * span, blank cells just spaces) and `-raw` (one row per line, cells separated by single spaces,
 * wrapped labels on lines of their own).
 */
import type { AnnualReport } from '../../src/domain/report/model.ts';
import { reportBlocks, toGrid, type Block, type Cell, type Table, type ShapeOptions } from './document.ts';

/** Display width of one character: 2 for CJK and full-width forms. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x3000 && code <= 0x303f) ||
    code === 0x201c ||
    code === 0x201d
    ? 2
    : 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    w += charWidth(ch);
  }
  return w;
}

/** Greedy wrap to a display width. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line !== '' && displayWidth(line) + charWidth(ch) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  return line === '' ? [''] : [...lines, line];
}

/** The wrap width of a cell: row-span labels are narrow, long labels and the note wrap at 24. */
function cellWrap(t: Table, c: Cell): number {
  if (c.kind === 'value') {
    return 1000;
  }
  if (c.kind === 'label') {
    return c.rowSpan > 1 ? 8 : 24;
  }
  return c.colSpan > 1 && c.text.length > 14 ? 24 : c.colSpan > 1 || t.id === 'proactive' ? 40 : 8;
}

/** A line being laid out: text segments at display columns. */
class Canvas {
  private readonly lines: Array<Array<{ x: number; text: string }>> = [];
  put(y: number, x: number, text: string): void {
    while (this.lines.length <= y) {
      this.lines.push([]);
    }
    this.lines[y]!.push({ x, text });
  }
  render(indent: number): string[] {
    return this.lines.map((segments) => {
      let out = '';
      for (const s of [...segments].sort((a, b) => a.x - b.x)) {
        const gap = s.x + indent - displayWidth(out);
        out += ' '.repeat(Math.max(out === '' ? 0 : 1, gap)) + s.text;
      }
      return out.replace(/\s+$/, '');
    });
  }
}

/** pdftotext -layout of one table. */
function layoutTable(t: Table): string[] {
  const grid = toGrid(t);
  const GAP = 3;
  const placed = new Map<Cell, { r: number; c: number; lines: string[] }>();
  grid.forEach((row, r) =>
    row.forEach((g, c) => {
      if (g.isOrigin) {
        placed.set(g.cell, { r, c, lines: g.cell.text === '' ? [] : wrap(g.cell.text, cellWrap(t, g.cell)) });
      }
    }),
  );
  const widths = Array.from({ length: t.columns }, () => 4);
  const heights = grid.map(() => 1);
  for (const [cell, p] of placed) {
    const w = Math.max(0, ...p.lines.map(displayWidth));
    if (cell.colSpan === 1) {
      widths[p.c] = Math.max(widths[p.c]!, w);
    }
    if (cell.rowSpan === 1) {
      heights[p.r] = Math.max(heights[p.r]!, p.lines.length);
    }
  }
  for (const [cell, p] of placed) {
    const span = widths.slice(p.c, p.c + cell.colSpan).reduce((a, b) => a + b, 0) + GAP * (cell.colSpan - 1);
    const need = Math.max(0, ...p.lines.map(displayWidth));
    widths[p.c + cell.colSpan - 1]! += Math.max(0, need - span);
    const tall = heights.slice(p.r, p.r + cell.rowSpan).reduce((a, b) => a + b, 0);
    heights[p.r + cell.rowSpan - 1]! += Math.max(0, p.lines.length - tall);
  }
  const xs = widths.map((_, c) => widths.slice(0, c).reduce((a, b) => a + b + GAP, 0));
  const ys = heights.map((_, r) => heights.slice(0, r).reduce((a, b) => a + b, 0));
  const canvas = new Canvas();
  for (const [cell, p] of placed) {
    const span = widths.slice(p.c, p.c + cell.colSpan).reduce((a, b) => a + b, 0) + GAP * (cell.colSpan - 1);
    const tall = heights.slice(p.r, p.r + cell.rowSpan).reduce((a, b) => a + b, 0);
    const top = ys[p.r]! + Math.floor((tall - p.lines.length) / 2);
    p.lines.forEach((line, i) => {
      const free = span - displayWidth(line);
      const x = xs[p.c]! + (cell.kind === 'label' ? 0 : Math.floor(free / 2));
      canvas.put(top + i, x, line);
    });
  }
  return canvas.render(2);
}

function layoutProse(b: Exclude<Block, { kind: 'table' }>): string[] {
  if (b.kind === 'title') {
    const spaced = b.text.replace(/(\d+)/g, ' $1 ');
    return wrap(spaced, 44).map(
      (l) => ' '.repeat(Math.max(0, Math.floor((60 - displayWidth(l)) / 2))) + l.trim(),
    );
  }
  const lines = wrap(b.text, 72);
  return lines.map((l) => `     ${l}`);
}

/** The report as `pdftotext -layout` prints it. */
export function layout(report: AnnualReport, options: ShapeOptions = {}): string {
  const out: string[] = [];
  for (const b of reportBlocks(report, options)) {
    out.push(...(b.kind === 'table' ? layoutTable(b.table) : layoutProse(b)));
  }
  return `${out.join('\n')}\n`;
}

/** pdftotext -raw of one table: single-line cells share a line; wrapped cells give a line per fragment. */
function rawTable(t: Table): string[] {
  const out: string[] = [];
  for (const row of t.rows) {
    let line: string[] = [];
    const flush = () => {
      if (line.length > 0) {
        out.push(line.join(' '));
        line = [];
      }
    };
    for (const cell of row) {
      if (cell.text === '') {
        continue;
      }
      const lines = cell.kind === 'value' ? [cell.text] : wrap(cell.text, cellWrap(t, cell));
      if (lines.length === 1) {
        line.push(lines[0]!);
      } else {
        flush();
        out.push(...lines);
      }
    }
    flush();
  }
  return out;
}

/** The report as `pdftotext -raw` prints it. */
export function raw(report: AnnualReport, options: ShapeOptions = {}): string {
  const out: string[] = [];
  for (const b of reportBlocks(report, options)) {
    out.push(
      ...(b.kind === 'table'
        ? rawTable(b.table)
        : b.kind === 'title'
          ? wrap(b.text.replace(/(\d+)/g, ' $1 '), 44)
          : wrap(b.text, 72)),
    );
  }
  return `${out.join('\n')}\n`;
}
