/**
 * The possible readings of one table row from its value tokens.
 *
 * A reading is a full row of cells (number or null). Most rows have exactly one reading. Several
 * arise when separators were lost (「610000061」 may be 61,0,0,0,0,0,61 or other splits) or when
 * the row has more numbers than cells (a page number inside the table). The table's own arithmetic
 * (see solve.ts) then chooses; cells on which the remaining readings disagree become null.
 * Absent cells are never filled: a missing cell is null.
 */
import type { ValueToken } from './tokens.ts';

export type Cell = number | null;
export type Reading = Cell[];

export type RowHow =
  | 'exact' // as many cells as columns
  | 'padded' // extra blank cells at the edges ignored as layout padding
  | 'split' // digit runs split into cells (separators lost)
  | 'extra' // more numbers than columns; some dropped
  | 'missingRight' // row cut at the right edge; rightmost cells missing
  | 'ambiguous' // fewer values than columns and no way to place them
  | 'empty' // no values at all
  | 'transposed'; // the table was printed column by column (see column-major.ts)

export type RowReadings = { readings: Reading[]; how: RowHow; seen: string[] };

/** Cap on enumerated readings per row; beyond it the row is treated as unreadable. */
const MAX_READINGS = 60_000;

const cellOf = (t: ValueToken): Cell => (t.kind === 'number' ? t.value : null);

function nullRow(k: number): Reading {
  return Array.from({ length: k }, () => null);
}

/** How many cells the tokens from `index` on can hold at most (each digit of a run one cell). */
function capacities(tokens: readonly ValueToken[]): number[] {
  const out = Array.from({ length: tokens.length + 1 }, () => 0);
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const t = tokens[i]!;
    out[i] = out[i + 1]! + (t.kind === 'number' && t.isSplittable ? t.text.replace('-', '').length : 1);
  }
  return out;
}

const reversed = (text: string): string => [...text].reverse().join('');

/**
 * Readings when digit runs may hold several cells: every way to cut each run into numbers without
 * leading zeros (a sign stays with the first cell of its run). Cuts are made one cell at a time so
 * that `isOk` prunes early: from the left (`isOk` sees a prefix of the row) or, when `fromRight`,
 * from the right (`isOk` sees the row's last cells, last first — a row whose last cell is the
 * sum of the others is pruned fast that way).
 */
function splitReadings(tokens: readonly ValueToken[], k: number, isOk: (cells: Reading) => boolean, fromRight: boolean): Reading[] | null {
  const seq = fromRight ? [...tokens].reverse() : tokens;
  const out: Reading[] = [];
  const cells: Reading = [];
  const capacity = capacities(seq);
  let isOverflow = false;
  const push = (cell: Cell, next: () => void): void => {
    cells.push(cell);
    if (isOk(cells)) {
      next();
    }
    cells.pop();
  };
  const walk = (index: number, pos: number): void => {
    if (isOverflow) {
      return;
    }
    if (index === seq.length) {
      if (cells.length === k) {
        out.push(fromRight ? [...cells].reverse() : [...cells]);
        isOverflow = out.length > MAX_READINGS;
      }
      return;
    }
    const t = seq[index]!;
    if (t.kind !== 'number' || !t.isSplittable) {
      if (cells.length < k) {
        push(cellOf(t), () => walk(index + 1, 0));
      }
      return;
    }
    const isNegative = t.text.startsWith('-');
    const plain = isNegative ? t.text.slice(1) : t.text;
    const digits = fromRight ? reversed(plain) : plain;
    const left = digits.length - pos;
    for (let len = 1; len <= left; len += 1) {
      const isLast = len === left;
      const afterCells = cells.length + 1;
      const minAfter = (isLast ? 0 : 1) + (seq.length - index - 1);
      const maxAfter = left - len + capacity[index + 1]!;
      const piece = fromRight ? reversed(digits.slice(pos, pos + len)) : digits.slice(pos, pos + len);
      if (afterCells + minAfter > k || afterCells + maxAfter < k || (piece.length > 1 && piece.startsWith('0'))) {
        continue;
      }
      const isFirstOfRun = fromRight ? isLast : pos === 0;
      const cell = isNegative && isFirstOfRun ? -Number(piece) : Number(piece);
      push(cell, () => (isLast ? walk(index + 1, 0) : walk(index, pos + len)));
    }
  };
  walk(0, 0);
  return isOverflow ? null : out;
}

/** Readings that drop `extra` of the values (e.g. a page number caught inside the row). */
function dropReadings(values: readonly ValueToken[], k: number): Reading[] | null {
  const extra = values.length - k;
  if (extra > 3 || values.length > 40) {
    return null;
  }
  const out: Reading[] = [];
  const choose = (from: number, dropped: number[]): void => {
    if (dropped.length === extra) {
      out.push(values.filter((_, i) => !dropped.includes(i)).map(cellOf));
      return;
    }
    for (let i = from; i < values.length; i += 1) {
      choose(i + 1, [...dropped, i]);
    }
  };
  choose(0, []);
  return out;
}

/**
 * More cells than columns, the extra ones blank at the edges: layout padding after the row, or
 * empty grid cells between the label and the values (a label spanning two columns in a full
 * grid). Which edge holds the padding is not known, so every split of the extra blanks between
 * the leading and the trailing run is a reading.
 */
function paddedReadings(tokens: readonly ValueToken[], k: number): Reading[] | null {
  const extra = tokens.length - k;
  if (extra <= 0) {
    return null;
  }
  const firstValue = tokens.findIndex((t) => t.kind !== 'blank');
  const lastValue = tokens.length - 1 - [...tokens].reverse().findIndex((t) => t.kind !== 'blank');
  const leading = firstValue;
  const trailing = tokens.length - 1 - lastValue;
  if (leading + trailing < extra) {
    return null;
  }
  const out: Reading[] = [];
  for (let fromStart = Math.max(0, extra - trailing); fromStart <= Math.min(extra, leading); fromStart += 1) {
    out.push(tokens.slice(fromStart, fromStart + k).map(cellOf));
  }
  return out;
}

export type RowOptions = {
  /** A check a complete reading must pass (the row's own identity), used to prefer readings. */
  isConsistent?: (cells: Reading) => boolean;
  /** A check on a prefix of cells during splitting (prunes early). */
  isPrefixOk?: (cells: Reading) => boolean;
  /** A check on the last cells of a row, last first, during splitting (prunes early; used instead of isPrefixOk). */
  isSuffixOk?: (cellsFromRight: Reading) => boolean;
  /** True when the row sits on a line cut at the table's right edge: values fill from the left. */
  isCutAtRight?: boolean;
};

function withConsistency(readings: Reading[], how: RowHow, seen: string[], options: RowOptions): RowReadings {
  const check = options.isConsistent;
  if (!check || readings.length <= 1) {
    return { readings, how, seen };
  }
  const consistent = readings.filter(check);
  return { readings: consistent.length > 0 ? consistent : readings, how, seen };
}

/**
 * Lists the readings of a row of `k` cells from its tokens.
 * @example rowReadings([61,0,0,0,0,0,61 as tokens], 7).readings // [[61,0,0,0,0,0,61]]
 */
export function rowReadings(tokens: readonly ValueToken[], k: number, options: RowOptions = {}): RowReadings {
  const seen = tokens.map((t) => (t.kind === 'number' ? t.text : t.kind === 'null' ? t.text : '□'));
  const values = tokens.filter((t) => t.kind !== 'blank');
  if (values.length === 0) {
    return { readings: [nullRow(k)], how: 'empty', seen };
  }
  if (tokens.length === k) {
    return { readings: [tokens.map(cellOf)], how: 'exact', seen };
  }
  const padded = paddedReadings(tokens, k);
  if (padded) {
    return withConsistency(padded, 'padded', seen, options);
  }
  if (values.length === k) {
    return { readings: [values.map(cellOf)], how: 'exact', seen };
  }
  if (values.length > k) {
    const dropped = dropReadings(values, k);
    return withConsistency(dropped ?? [nullRow(k)], dropped ? 'extra' : 'ambiguous', seen, options);
  }
  if (values.some((t) => t.kind === 'number' && t.isSplittable)) {
    const split = options.isSuffixOk
      ? splitReadings(values, k, options.isSuffixOk, true)
      : splitReadings(values, k, options.isPrefixOk ?? (() => true), false);
    if (split && split.length > 0) {
      return withConsistency(split, 'split', seen, options);
    }
  }
  if (options.isCutAtRight) {
    const cells = tokens.map(cellOf);
    return { readings: [[...cells, ...nullRow(k - cells.length)]], how: 'missingRight', seen };
  }
  return { readings: [nullRow(k)], how: 'ambiguous', seen };
}

/** Cells on which all readings agree; null where they differ. */
export function consensus(readings: readonly Reading[], k: number): Reading {
  const first = readings[0] ?? nullRow(k);
  return first.map((cell, i) => (readings.every((r) => r[i] === cell) ? cell : null));
}
