/**
 * Third stage of PDF line rebuilding: cells that span several table rows. Such a cell is printed
 * vertically centred, so by position it lands on a middle row (or a row of its own); but producers
 * draw a table row by row, so it is drawn with the first of the rows it spans. Moving it up to
 * that row gives the same line as HTML and Word, which put a rowspan cell in its first row.
 */
import type { TextBlock } from './pdf-blocks.ts';

/** A visual row of a page: blocks on one baseline (or spanned by a wrapped block). */
export type Row = { baseline: number; blocks: TextBlock[] };

/** Rows between a rowspan cell's visual row and its first row, at most. */
const MAX_ROWSPAN_LIFT = 40;
/** Nested spans (三、本年度办理结果 around （四）无法提供) settle over a few passes. */
const MAX_LIFT_PASSES = 4;

type Index = { rowOf: Map<number, number>; blockOf: Map<number, TextBlock> };

/**
 * Moves rowspan cells to their first row, in place.
 * - Rule A, a leading cell (三、本年度办理结果 | （一）予以公开 …): it is drawn just before the
 *   next cell of its first row, which lies to its right in a row above.
 * - Rule B, a trailing cell (… | 法人或其他组织 | 总计): it is drawn just after the previous cell
 *   of its first row, and is right of every cell there.
 * Both rules also require every block of the rows in between to be drawn after the cell, which
 * ordinary row-by-row drawing never produces.
 * @param rows the page's rows, top to bottom
 */
export function liftRowspanCells(rows: Row[]): void {
  const index: Index = { rowOf: new Map(), blockOf: new Map() };
  rows.forEach((row, rowIndex) =>
    row.blocks.forEach((block) => {
      index.rowOf.set(block.order, rowIndex);
      index.blockOf.set(block.order, block);
    }),
  );
  for (let pass = 0; pass < MAX_LIFT_PASSES; pass += 1) {
    let moved = false;
    rows.forEach((row, rowIndex) => {
      // Right to left for leading cells, so a run of them (结果维持 … 总计 over two header rows)
      // moves in one pass; then left to right for trailing cells.
      const byOrder = [...row.blocks].sort((a, b) => a.order - b.order);
      for (const block of byOrder.reverse()) {
        moved = tryLift(rows, rowIndex, block, leadingTarget(rows, rowIndex, block, index), index) || moved;
      }
      for (const block of byOrder.reverse()) {
        moved = tryLift(rows, rowIndex, block, trailingTarget(rows, rowIndex, block, index), index) || moved;
      }
    });
    if (!moved) {
      return;
    }
  }
}

function tryLift(
  rows: Row[],
  rowIndex: number,
  block: TextBlock,
  target: number | null,
  index: Index,
): boolean {
  const row = rows[rowIndex];
  const position = row?.blocks.indexOf(block) ?? -1;
  if (target === null || row === undefined || position < 0) {
    return false;
  }
  row.blocks.splice(position, 1);
  rows[target]?.blocks.push(block);
  index.rowOf.set(block.order, target);
  return true;
}

function leadingTarget(
  rows: readonly Row[],
  rowIndex: number,
  block: TextBlock,
  index: Index,
): number | null {
  const target = index.rowOf.get(block.order + 1);
  const next = index.blockOf.get(block.order + 1);
  if (target === undefined || next === undefined || !isLiftable(rows, rowIndex, target, block)) {
    return null;
  }
  // Cells left of it on its own row may be leading spans still waiting to move (结果维持 … 尚未审结).
  const rightOfIt = (rows[rowIndex]?.blocks ?? []).filter((other) => other.x0 >= block.x1);
  const isDrawnFirst =
    drawnAfter(rows, target, rowIndex, block) && rightOfIt.every((other) => other.order > block.order);
  return block.x1 <= next.x0 && isDrawnFirst ? target : null;
}

function trailingTarget(
  rows: readonly Row[],
  rowIndex: number,
  block: TextBlock,
  index: Index,
): number | null {
  const target = index.rowOf.get(block.order - 1);
  if (target === undefined || !isLiftable(rows, rowIndex, target, block)) {
    return null;
  }
  const isRightmost = rows[target]?.blocks.every((other) => other.x1 <= block.x0) ?? false;
  return isRightmost && drawnAfter(rows, target + 1, rowIndex + 1, block) ? target : null;
}

/**
 * The target is a nearby row above. A block alone on its row (a centred span between two rows)
 * moves only across table rows — rows of two or more cells — never across prose.
 */
function isLiftable(rows: readonly Row[], rowIndex: number, target: number, block: TextBlock): boolean {
  if (target >= rowIndex || rowIndex - target > MAX_ROWSPAN_LIFT) {
    return false;
  }
  const isAlone = (rows[rowIndex]?.blocks.length ?? 0) < 2;
  return (
    !isAlone ||
    rows.slice(target, rowIndex).every((row) => row.blocks.filter((other) => other !== block).length >= 2)
  );
}

function drawnAfter(rows: readonly Row[], from: number, to: number, block: TextBlock): boolean {
  return rows
    .slice(from, to)
    .every((row) => row.blocks.every((other) => other === block || other.order > block.order));
}
