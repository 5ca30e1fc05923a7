/**
 * Tables printed column by column: the row labels first, then each column's values top to bottom
 * (often with the column's header before it). All the values of such a run of rows then sit after
 * its last label. When the column headers split the values into one run per column, the order is
 * certain; otherwise the values may as well be row by row, and both orders are readings that the
 * table's arithmetic (or consensus) decides between.
 */
import type { Reading, RowReadings } from './readings.ts';
import type { RowSlot } from './table-rows.ts';
import type { ValueToken } from './tokens.ts';

export type ColumnMajorRun = {
  /** Row indexes of the run, in order. */
  rows: number[];
  /** Cells per row, reading the values column by column. */
  byColumn: Reading[];
  /** Cells per row, reading them row by row. */
  byRow: Reading[];
  /** The values come in one group per column, separated by text (the column headers). */
  isCertain: boolean;
  /** Stray numbers among the labels (a page number), per run row; they belong to no cell. */
  strays: string[][];
};

/** At most this many stray numbers (page numbers) may sit among the labels of a run. */
const MAX_STRAYS = 2;

const values = (slot: RowSlot): ValueToken[] => slot.tokens.filter((t) => t.kind !== 'blank');
const cellOf = (t: ValueToken): number | null => (t.kind === 'number' ? t.value : null);

/** Groups of consecutive values with no letters between them. */
function valueGroups(text: string, tokens: readonly ValueToken[]): number[] {
  const sizes: number[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (!prev || /[\u4e00-\u9fffA-Za-z]/.test(text.slice(prev.end, t.start))) {
      sizes.push(0);
    }
    sizes[sizes.length - 1]! += 1;
  });
  return sizes;
}

function runOf(text: string, slots: readonly RowSlot[], rows: number[], k: number): ColumnMajorRun | null {
  const last = slots[rows[rows.length - 1]!]!;
  const tokens = values(last);
  const n = rows.length;
  if (tokens.length !== n * k) {
    return null;
  }
  const cells = tokens.map(cellOf);
  const byColumn = rows.map((_, r) => Array.from({ length: k }, (_, c) => cells[c * n + r]!));
  const byRow = rows.map((_, r) => cells.slice(r * k, (r + 1) * k));
  const groups = valueGroups(text, tokens);
  const isCertain = k === 1 || (groups.length === k && groups.every((g) => g === n));
  const strays = rows
    .slice(0, -1)
    .map((r) => values(slots[r]!).map((t) => (t.kind === 'blank' ? '' : t.text)));
  return { rows, byColumn, byRow, isCertain, strays: [...strays, []] };
}

/** A row with no value of its own: none, or (in rows of three or more cells) one stray number. */
function isLabelOnly(slot: RowSlot, k: number): boolean {
  const n = values(slot).length;
  return n === 0 || (n === 1 && k >= 3);
}

/**
 * Finds runs of two or more consecutive rows whose labels were all found, where every row but the
 * last has no value and the last holds exactly the values of all of them.
 * @param kOf cells per row
 */
export function columnMajorRuns(
  text: string,
  slots: readonly RowSlot[],
  kOf: (row: number) => number,
): ColumnMajorRun[] {
  const runs: ColumnMajorRun[] = [];
  let empty: number[] = [];
  let strays = 0;
  slots.forEach((slot, i) => {
    if (!slot.anchor || slot.isUnplaced) {
      empty = [];
      strays = 0;
      return;
    }
    const k = kOf(i);
    if (isLabelOnly(slot, k) && strays + values(slot).length <= MAX_STRAYS) {
      strays += values(slot).length;
      empty.push(i);
      return;
    }
    const rows = [...empty, i];
    empty = [];
    strays = 0;
    if (rows.length >= 2 && rows.every((r) => kOf(r) === k)) {
      const run = runOf(text, slots, rows, k);
      if (run) {
        runs.push(run);
      }
    }
  });
  return runs;
}

/**
 * The table's row readings under each possible reading order. One alternative when every run's
 * order is certain; otherwise two: all uncertain runs column by column, or all row by row (a table
 * is printed in one order).
 */
export function orderAlternatives(
  perRow: readonly RowReadings[],
  runs: readonly ColumnMajorRun[],
): RowReadings[][] {
  const apply = (order: 'byColumn' | 'byRow'): RowReadings[] => {
    const out = [...perRow];
    for (const run of runs) {
      const cells = run.isCertain ? run.byColumn : run[order];
      run.rows.forEach((row, i) => {
        out[row] = { readings: [cells[i]!], how: 'transposed', seen: run.strays[i] ?? [] };
      });
    }
    return out;
  };
  const isUncertain = runs.some((r) => !r.isCertain);
  return isUncertain ? [apply('byColumn'), apply('byRow')] : [apply('byColumn')];
}
