/**
 * The possible readings of one table row from its value tokens.
 *
 * A reading is a full row of cells (number or null). Most rows have exactly one reading. Several
 * arise when separators were lost (「610000061」 may be 61,0,0,0,0,0,61 or other splits) or when
 * the row has more numbers than cells (a page number inside the table). The table's own arithmetic
 * (see solve.ts) then chooses; cells on which the remaining readings disagree become null.
 * Absent cells are never filled: a missing cell is null.
 */
import { fewestCells, splitReadings, type SplitCheck } from './split-runs.ts';
import type { ValueToken } from './tokens.ts';

export type { SplitCheck, SplitRest } from './split-runs.ts';

export type Cell = number | null;
export type Reading = Cell[];

export type RowHow =
  | 'exact' // as many cells as columns
  | 'padded' // extra blank cells at the edges ignored as layout padding
  | 'split' // digit runs split into cells (separators lost)
  | 'extra' // more numbers than columns; some dropped
  | 'ownLine' // more values than columns, but the row's own line holds exactly one per column
  | 'repeated' // more values than columns: the last cell repeated over the columns it spans
  | 'missingRight' // row cut at the right edge; rightmost cells missing
  | 'ambiguous' // fewer values than columns and no way to place them
  | 'empty' // no values at all
  | 'transposed' // the table was printed column by column (see column-major.ts)
  | 'positioned'; // fewer values than columns on a space-aligned line, placed by position (positions.ts)

export type RowReadings = {
  readings: Reading[];
  how: RowHow;
  seen: string[];
  /** For split rows: the digits could be cut into fewer cells, so a blank may have vanished (see split-runs.ts). */
  mayHideBlanks?: boolean;
};

const cellOf = (t: ValueToken): Cell => (t.kind === 'number' ? t.value : null);

function nullRow(k: number): Reading {
  return Array.from({ length: k }, () => null);
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
  isPrefixOk?: SplitCheck;
  /** A check on the last cells of a row, last first, during splitting (prunes early; used instead of isPrefixOk). */
  isSuffixOk?: SplitCheck;
  /** True when the row sits on a line cut at the table's right edge: values fill from the left. */
  isCutAtRight?: boolean;
  /** The tokens on the row's own line (where its label ends), when known. */
  ownLine?: readonly ValueToken[] | null;
  /**
   * For tables without identities: digit runs are split only when they cannot be read as fewer
   * cells (text that lost its separators also lost its blank cells, so 「512」 for three cells may
   * be 5 | 1 | 2 or 5 | 12 | (blank); only 「000」-like runs are sure), and a row with more values
   * than cells is not read at all (nothing can tell which values are extra).
   */
  isUnverifiable?: boolean;
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
  // Values beyond the row's own line when that line holds exactly one token per column (a page
  // number on a line between two rows) belong to no cell of the row.
  const own = options.ownLine;
  if (own && own.length === k && tokens.length > k && own.some((t) => t.kind !== 'blank')) {
    const isPadding = tokens.every((t) => t.kind === 'blank' || own.includes(t));
    return { readings: [own.map(cellOf)], how: isPadding ? 'padded' : 'ownLine', seen };
  }
  const padded = paddedReadings(tokens, k);
  if (padded) {
    return withConsistency(padded, 'padded', seen, options);
  }
  if (values.length === k) {
    return { readings: [values.map(cellOf)], how: 'exact', seen };
  }
  if (values.length > k) {
    // The last cell repeated over the columns it spans, on the row's one line (extractors fill
    // merged cells: 「| 行政事业性收费 | 5 | -3 | -3 |」).
    const last = cellOf(values[k - 1]!);
    const own = options.ownLine;
    const isOneLine = own !== null && own !== undefined && values.every((t) => own.includes(t));
    if (isOneLine && values.slice(k).every((t) => cellOf(t) === last && t.kind === 'number')) {
      return { readings: [values.slice(0, k).map(cellOf)], how: 'repeated', seen };
    }
    const dropped = dropReadings(values, k);
    // Which values are extra (a page number, a neighbour's cell) only arithmetic can tell — unless
    // every choice reads the same (a value repeated over the columns it spans: 19513 19513 19513).
    const isSame = dropped !== null && dropped.every((r) => r.every((cell, i) => cell === dropped[0]![i]));
    const usable = options.isUnverifiable && !isSame ? null : dropped;
    return withConsistency(usable ?? [nullRow(k)], 'extra', seen, options);
  }
  if (values.some((t) => t.kind === 'number' && t.isSplittable)) {
    const split = options.isSuffixOk
      ? splitReadings(values, k, options.isSuffixOk, true)
      : splitReadings(values, k, options.isPrefixOk ?? (() => true), false);
    // Cut into k cells while fewer would do: a blank cell may have vanished with its separator.
    const mayHideBlanks = fewestCells(values) < k;
    if (split && split.length > 0 && options.isUnverifiable && mayHideBlanks) {
      return { readings: [nullRow(k)], how: 'split', seen, mayHideBlanks };
    }
    if (split && split.length > 0) {
      return { ...withConsistency(split, 'split', seen, options), mayHideBlanks };
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
