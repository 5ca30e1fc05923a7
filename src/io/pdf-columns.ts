/**
 * Fourth stage of PDF line rebuilding: blank cells. A blank cell draws nothing, so a PDF row with
 * one blank reads `| 0 | 0 | 0 | 0 | 0 | 0 |` — six numbers for seven columns, and nobody can tell
 * which one is missing. Within a run of table rows, the rows with every number present give the
 * column positions; a shorter row whose numbers each sit clearly in one of those columns gets an
 * empty cell where the blank is, exactly as HTML and Word give it. Anything less clear is left as
 * it is (the parser then refuses to guess, as it must).
 */
import type { TextBlock } from './pdf-blocks.ts';
import type { Row } from './pdf-rowspan.ts';

const NUMBER_ONLY = /^[-+−—–]?[\d.,，%]+$/;
/** Fewer columns than this is not worth inferring (and too easy to get wrong). */
const MIN_COLUMNS = 3;
/** Rows further apart than this many font heights are not one table (a page number below it). */
const MAX_ROW_STEP = 5;
/** A number belongs to a column when it is this close, as a share of the column spacing. */
const MAX_OFFSET_SHARE = 0.35;

/**
 * Adds empty blocks for blank numeric cells, in place.
 * @param rows the page's rows, top to bottom
 */
export function fillBlankCells(rows: readonly Row[]): void {
  let run: Row[] = [];
  for (const row of rows) {
    const previous = run.at(-1);
    const isNumeric = numbersOf(row).length > 0;
    const isNear =
      previous !== undefined && previous.baseline - row.baseline <= MAX_ROW_STEP * fontSizeOf(row);
    if (isNumeric && isNear) {
      run.push(row);
    } else {
      fillRun(run);
      run = isNumeric ? [row] : [];
    }
  }
  fillRun(run);
}

function fontSizeOf(row: Row): number {
  return row.blocks[0]?.fontSize ?? 10;
}

function numbersOf(row: Row): TextBlock[] {
  return row.blocks
    .filter((block) => block.lines.length === 1 && NUMBER_ONLY.test(block.lines[0]?.text ?? ''))
    .sort((a, b) => a.x0 - b.x0);
}

/** Fills the rows of one run of consecutive numeric rows, when its full rows agree on columns. */
function fillRun(run: readonly Row[]): void {
  const counts = run.map((row) => numbersOf(row).length);
  const columnCount = Math.max(0, ...counts);
  const full = run.filter((_, index) => counts[index] === columnCount).map(numbersOf);
  const reference = full[0];
  if (run.length < 2 || columnCount < MIN_COLUMNS || reference === undefined) {
    return;
  }
  const spacing = Math.min(
    ...reference.slice(1).map((block, index) => center(block) - center(reference[index] ?? block)),
  );
  const tolerance = MAX_OFFSET_SHARE * spacing;
  const agree = full.every((numbers) =>
    numbers.every((block, column) => distance(block, reference[column]) <= tolerance),
  );
  if (!(spacing > 0) || !agree) {
    return;
  }
  run.forEach((row, index) => {
    if ((counts[index] ?? 0) < columnCount) {
      fillRow(row, reference, tolerance);
    }
  });
}

function fillRow(row: Row, reference: readonly TextBlock[], tolerance: number): void {
  const taken = new Set<number>();
  for (const block of numbersOf(row)) {
    const column = reference.findIndex((anchor) => distance(block, anchor) <= tolerance);
    if (column < 0 || taken.has(column)) {
      return; // a number between columns, or two in one: not clear enough
    }
    taken.add(column);
  }
  const sample = row.blocks[0];
  reference.forEach((anchor, column) => {
    if (!taken.has(column) && sample !== undefined) {
      const x = center(anchor);
      row.blocks.push({
        lines: [{ text: '', x0: x, x1: x, y: row.baseline }],
        x0: x,
        x1: x,
        top: row.baseline,
        bottom: row.baseline,
        fontSize: sample.fontSize,
        lastFontName: undefined,
        order: -1,
      });
    }
  });
}

function center(block: TextBlock): number {
  return (block.x0 + block.x1) / 2;
}

/** How far a number is from a column, whether the column is centred, left- or right-aligned. */
function distance(block: TextBlock, anchor: TextBlock | undefined): number {
  if (anchor === undefined) {
    return Infinity;
  }
  return Math.min(
    Math.abs(center(block) - center(anchor)),
    Math.abs(block.x0 - anchor.x0),
    Math.abs(block.x1 - anchor.x1),
  );
}
