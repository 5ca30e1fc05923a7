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
  | 'padded' // trailing blank cells ignored as layout padding
  | 'split' // digit runs split into cells (separators lost)
  | 'extra' // more numbers than columns; some dropped
  | 'missingRight' // row cut at the right edge; rightmost cells missing
  | 'ambiguous' // fewer values than columns and no way to place them
  | 'empty'; // no values at all

export type RowReadings = { readings: Reading[]; how: RowHow; seen: string[] };

/** Cap on enumerated readings per row; beyond it the row is treated as unreadable. */
const MAX_READINGS = 60_000;

const cellOf = (t: ValueToken): Cell => (t.kind === 'number' ? t.value : null);

function nullRow(k: number): Reading {
  return Array.from({ length: k }, () => null);
}

/** Every way to split a digit string into `parts` numbers without leading zeros. */
function splitDigits(digits: string, parts: number): string[][] {
  if (parts === 1) {
    return digits.length === 1 || !digits.startsWith('0') ? [[digits]] : [];
  }
  const out: string[][] = [];
  const maxFirst = digits.startsWith('0') ? 1 : digits.length - parts + 1;
  for (let len = 1; len <= maxFirst; len += 1) {
    for (const rest of splitDigits(digits.slice(len), parts - 1)) {
      out.push([digits.slice(0, len), ...rest]);
    }
  }
  return out;
}

/** Readings when digit runs may hold several cells. */
function splitReadings(tokens: readonly ValueToken[], k: number, isPrefixOk: (cells: Reading) => boolean): Reading[] | null {
  const out: Reading[] = [];
  let isOverflow = false;
  const walk = (index: number, cells: Reading): void => {
    if (isOverflow || !isPrefixOk(cells)) {
      return;
    }
    if (index === tokens.length) {
      if (cells.length === k) {
        out.push(cells);
        isOverflow = out.length > MAX_READINGS;
      }
      return;
    }
    const t = tokens[index]!;
    const remainingTokens = tokens.length - index - 1;
    if (t.kind !== 'number' || !t.isSplittable) {
      walk(index + 1, [...cells, cellOf(t)]);
      return;
    }
    const maxParts = Math.min(t.text.length, k - cells.length - remainingTokens);
    for (let parts = 1; parts <= maxParts; parts += 1) {
      for (const split of splitDigits(t.text, parts)) {
        walk(index + 1, [...cells, ...split.map(Number)]);
      }
    }
  };
  walk(0, []);
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

export type RowOptions = {
  /** A check a complete reading must pass (the row's own identity), used to prefer readings. */
  isConsistent?: (cells: Reading) => boolean;
  /** A check on a prefix of cells during splitting (prunes early). */
  isPrefixOk?: (cells: Reading) => boolean;
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
  if (tokens.length > k && tokens.slice(k).every((t) => t.kind === 'blank')) {
    return { readings: [tokens.slice(0, k).map(cellOf)], how: 'padded', seen };
  }
  if (values.length === k) {
    return { readings: [values.map(cellOf)], how: 'exact', seen };
  }
  if (values.length > k) {
    const dropped = dropReadings(values, k);
    return withConsistency(dropped ?? [nullRow(k)], dropped ? 'extra' : 'ambiguous', seen, options);
  }
  if (values.some((t) => t.kind === 'number' && t.isSplittable)) {
    const split = splitReadings(values, k, options.isPrefixOk ?? (() => true));
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
