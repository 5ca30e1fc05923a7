/**
 * Second stage of PDF line rebuilding: blocks → lines. Blocks on one baseline form a line, ordered
 * left to right; a wide horizontal gap between two blocks is a table cell boundary, so a table row
 * reads `| 规章 | 0 | 0 | 0 |` as it does from HTML and Word.
 */
import { fillBlankCells } from './pdf-columns.ts';
import { liftRowspanCells, type Row } from './pdf-rowspan.ts';
import {
  BASELINE_TOLERANCE,
  blockText,
  buildBlocks,
  joinText,
  type PositionedText,
  type TextBlock,
} from './pdf-blocks.ts';

export type { PositionedText } from './pdf-blocks.ts';

/** Two blocks on one row closer than this share of the font height are one cell. */
const TOUCHING_GAP = 0.3;

/**
 * Rebuilds the lines of one page, top to bottom.
 * @param items the page's text items in content-stream order
 * @returns the lines; a line with cell gaps is written `| a | b |`
 * @example buildPageLines([{ text: '规章', x: 50, y: 700, width: 20, fontSize: 10 },
 *   { text: '0', x: 200, y: 700, width: 5, fontSize: 10 }]) // ['| 规章 | 0 |']
 */
export function buildPageLines(items: readonly PositionedText[]): string[] {
  const rows = groupRows(buildBlocks(items));
  liftRowspanCells(rows);
  fillBlankCells(rows);
  return rows.filter((row) => row.blocks.length > 0).map((row) => joinRow(row.blocks));
}

/**
 * Single-line blocks on one baseline make a row. A wrapped (multi-line) block joins a row whose
 * baseline lies within its height — a vertically centred number next to a wrapped label is on the
 * label's second line — or starts a row of its own.
 */
function groupRows(blocks: readonly TextBlock[]): Row[] {
  const byTop = [...blocks].sort((a, b) => b.top - a.top);
  const rows: Row[] = [];
  for (const block of byTop.filter((candidate) => candidate.lines.length === 1)) {
    const last = rows.at(-1);
    const first = last?.blocks[0];
    if (
      last !== undefined &&
      first !== undefined &&
      Math.abs(last.baseline - block.top) <= BASELINE_TOLERANCE * Math.max(first.fontSize, block.fontSize)
    ) {
      last.blocks.push(block);
    } else {
      rows.push({ baseline: block.top, blocks: [block] });
    }
  }
  for (const block of byTop.filter((candidate) => candidate.lines.length > 1)) {
    const tolerance = BASELINE_TOLERANCE * block.fontSize;
    // The overlapped row nearest the block's middle: a centred row sits there, a top-aligned row
    // on its first line is still nearer than the row below the cell.
    const middle = (block.top + block.bottom) / 2;
    const overlapping = rows
      .filter((row) => row.baseline <= block.top + tolerance && row.baseline >= block.bottom - tolerance)
      .sort(
        (a, b) => Math.abs(a.baseline - middle) - Math.abs(b.baseline - middle) || b.baseline - a.baseline,
      );
    const target = overlapping[0];
    if (target) {
      target.blocks.push(block);
    } else {
      rows.push({ baseline: block.top, blocks: [block] });
    }
  }
  rows.sort((a, b) => b.baseline - a.baseline);
  return absorbCentredCells(rows);
}

/**
 * In a row of wrapped cells (商业企/业 | 科研机/构 …) a short cell is centred between their lines
 * (其他) and forms a row of its own. It joins the neighbouring row when a wrapped block there spans
 * its baseline and it shares no column with that row.
 */
function absorbCentredCells(rows: Row[]): Row[] {
  const result: Row[] = [];
  for (const row of rows) {
    const target = [result.at(-1)].find(
      (candidate) => candidate !== undefined && isAbsorbable(row, candidate),
    );
    if (target) {
      target.blocks.push(...row.blocks);
    } else {
      result.push(row);
    }
  }
  return result;
}

function isAbsorbable(row: Row, target: Row): boolean {
  if (row.blocks.some((block) => block.lines.length > 1)) {
    return false;
  }
  const spans = target.blocks.some((block) => {
    const tolerance = BASELINE_TOLERANCE * block.fontSize;
    return (
      block.lines.length > 1 &&
      row.baseline <= block.top + tolerance &&
      row.baseline >= block.bottom - tolerance
    );
  });
  const sharesColumn = row.blocks.some((block) =>
    target.blocks.some((other) => block.x0 < other.x1 && other.x0 < block.x1),
  );
  return spans && !sharesColumn;
}

/** Joins the blocks of one row left to right into cells. */
function joinRow(blocks: readonly TextBlock[]): string {
  const ordered = [...blocks].sort((a, b) => a.x0 - b.x0);
  const cells: string[] = [];
  let cell = '';
  let previous: TextBlock | undefined;
  for (const block of ordered) {
    const text = blockText(block);
    if (previous === undefined) {
      cell = text;
    } else {
      const gap = block.x0 - previous.x1;
      const size = Math.min(previous.fontSize, block.fontSize);
      const isSameCell =
        gap <= TOUCHING_GAP * size && previous.lines.length === 1 && block.lines.length === 1;
      if (isSameCell) {
        cell = joinText(cell, text, gap, size);
      } else {
        cells.push(cell);
        cell = text;
      }
    }
    previous = block;
  }
  cells.push(cell);
  return cells.length === 1 ? cell : `| ${cells.join(' | ')} |`;
}

/**
 * Drops a page number printed as the first or last line of a page (`3`, `- 3 -`, `第3页`,
 * `第 3 页 共 10 页`, `3/10`) — it would otherwise land between two table rows that span pages.
 * Only the number of this very page is dropped, so table data is never touched.
 * @param lines the page's lines
 * @param pageNumber 1-based
 * @example dropPageNumber(['正文', '- 2 -'], 2) // ['正文']
 */
export function dropPageNumber(lines: readonly string[], pageNumber: number): string[] {
  const isPageNumber = (line: string | undefined): boolean => {
    if (line === undefined) {
      return false;
    }
    const match =
      /^[-—–_\s]*(?:第\s*)?(\d+)\s*(?:页)?\s*(?:[/／]\s*\d+|[,，]?\s*共\s*\d+\s*页)?[-—–_\s]*$/.exec(line);
    return match !== null && Number(match[1]) === pageNumber;
  };
  const result = [...lines];
  if (isPageNumber(result.at(-1))) {
    result.pop();
  }
  if (isPageNumber(result[0])) {
    result.shift();
  }
  return result;
}
