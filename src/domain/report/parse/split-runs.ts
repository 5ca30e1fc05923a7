/**
 * Cutting digit runs into cells when the separators between cells were lost (「610000061」 for
 * 61 | 0 | 0 | 0 | 0 | 0 | 61). Every cut without leading zeros is a reading; the caller's check
 * prunes while cutting. Work per row is capped, so a pathological run costs bounded time (the row
 * is then unreadable: null, with a finding).
 */
import type { ValueToken } from './tokens.ts';

type Cell = number | null;
type Reading = Cell[];

/** Cap on enumerated readings per row; beyond it the row is treated as unreadable. */
const MAX_READINGS = 60_000;
/** Cap on cuts tried per row (typical rows need < 1,000, a row of 4-digit cells ~20,000); beyond it the row is unreadable. */
const MAX_CUTS = 50_000;
/** No count or amount in these tables has more digits than this. */
const MAX_CELL_DIGITS = 9;

/**
 * What is left to cut after the cells placed so far. When cutting from the right, `minSum` and
 * `maxSum` bound what the cells still to cut (from the digits to the left) can add up to.
 */
export type SplitRest = { digits: number; cells: number; minSum: number; maxSum: number };
export type SplitCheck = (cells: Reading, rest: SplitRest) => boolean;

const cellOf = (t: ValueToken): Cell => (t.kind === 'number' ? t.value : null);
const reversed = (text: string): string => [...text].reverse().join('');

/** How many cells the tokens from `index` on can hold at most (each digit of a run one cell). */
function capacities(tokens: readonly ValueToken[]): number[] {
  const out = Array.from({ length: tokens.length + 1 }, () => 0);
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const t = tokens[i]!;
    out[i] = out[i + 1]! + (t.kind === 'number' && t.isSplittable ? t.text.replace('-', '').length : 1);
  }
  return out;
}

/** Digits still to place after the tokens from `index` on (a null marker counts as unbounded). */
function digitsAfter(tokens: readonly ValueToken[]): number[] {
  const out = Array.from({ length: tokens.length + 1 }, () => 0);
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const t = tokens[i]!;
    out[i] = out[i + 1]! + (t.kind === 'number' ? t.text.replace('-', '').length : Number.POSITIVE_INFINITY);
  }
  return out;
}

/**
 * For unsigned number tokens: the least and greatest sums of cutting the first `p` digits (in
 * text order) into `j` cells. `null` when a token is a null marker or signed (no bound then).
 */
function prefixSumBounds(
  tokens: readonly ValueToken[],
  k: number,
): { min: number[][]; max: number[][] } | null {
  if (tokens.some((t) => t.kind !== 'number' || t.text.startsWith('-'))) {
    return null;
  }
  const digits = tokens.map((t) => (t.kind === 'number' ? t.text : '')).join('');
  const n = digits.length;
  // Legal cut points: token boundaries, and any point inside a splittable run.
  const isCut = Array.from({ length: n + 1 }, () => false);
  const tokenStart = Array.from({ length: n + 1 }, () => 0);
  let at = 0;
  for (const t of tokens) {
    const len = t.kind === 'number' ? t.text.length : 0;
    for (let i = at; i <= at + len; i += 1) {
      isCut[i] = isCut[i]! || i === at || i === at + len || (t.kind === 'number' && t.isSplittable);
      tokenStart[i] = i === at + len ? at + len : at;
    }
    at += len;
  }
  const min = Array.from({ length: n + 1 }, () =>
    Array.from({ length: k + 1 }, () => Number.POSITIVE_INFINITY),
  );
  const max = Array.from({ length: n + 1 }, () =>
    Array.from({ length: k + 1 }, () => Number.NEGATIVE_INFINITY),
  );
  min[0]![0] = 0;
  max[0]![0] = 0;
  for (let p = 1; p <= n; p += 1) {
    if (!isCut[p]) {
      continue;
    }
    for (let a = Math.max(tokenStart[p - 1]!, p - MAX_CELL_DIGITS); a < p; a += 1) {
      if (!isCut[a] || (p - a > 1 && digits[a] === '0')) {
        continue;
      }
      const value = Number(digits.slice(a, p));
      for (let j = 1; j <= k; j += 1) {
        min[p]![j] = Math.min(min[p]![j]!, min[a]![j - 1]! + value);
        max[p]![j] = Math.max(max[p]![j]!, max[a]![j - 1]! + value);
      }
    }
  }
  return { min, max };
}

/**
 * Readings when digit runs may hold several cells: every way to cut each run into numbers without
 * leading zeros (a sign stays with the first cell of its run). Cuts are made one cell at a time so
 * that `isOk` prunes early: from the left (`isOk` sees a prefix of the row) or, when `fromRight`,
 * from the right (`isOk` sees the row's last cells, last first — a row whose last cell is the sum
 * of the others is pruned fast that way, with the bounds in `SplitRest`).
 * @returns the readings, or null when the row has too many (unreadable)
 */
export function splitReadings(
  tokens: readonly ValueToken[],
  k: number,
  isOk: SplitCheck,
  fromRight: boolean,
): Reading[] | null {
  const seq = fromRight ? [...tokens].reverse() : tokens;
  const out: Reading[] = [];
  const cells: Reading = [];
  const capacity = capacities(seq);
  const digitsLeft = digitsAfter(seq);
  const bounds = fromRight ? prefixSumBounds(tokens, k) : null;
  const rest = (digits: number, cellsLeft: number): SplitRest => ({
    digits,
    cells: cellsLeft,
    minSum: bounds?.min[digits]?.[cellsLeft] ?? Number.NEGATIVE_INFINITY,
    maxSum: bounds?.max[digits]?.[cellsLeft] ?? Number.POSITIVE_INFINITY,
  });
  let isOverflow = false;
  let cuts = 0;
  const digitsOf = seq.map((t) => {
    const plain = t.kind === 'number' ? t.text.replace('-', '') : '';
    return fromRight ? reversed(plain) : plain;
  });
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
        cells.push(cellOf(t));
        if (isOk(cells, rest(digitsLeft[index + 1]!, k - cells.length))) {
          walk(index + 1, 0);
        }
        cells.pop();
      }
      return;
    }
    const isNegative = t.text.startsWith('-');
    const digits = digitsOf[index]!;
    const left = digits.length - pos;
    const afterCells = cells.length + 1;
    for (let len = 1; len <= Math.min(left, MAX_CELL_DIGITS); len += 1) {
      const isLast = len === left;
      const minAfter = (isLast ? 0 : 1) + (seq.length - index - 1);
      const maxAfter = left - len + capacity[index + 1]!;
      if (afterCells + minAfter > k || afterCells + maxAfter < k) {
        continue;
      }
      // No leading zeros: the piece's first digit is its last one when cutting from the right.
      if (len > 1 && digits[fromRight ? pos + len - 1 : pos] === '0') {
        continue;
      }
      cuts += 1;
      isOverflow ||= cuts > MAX_CUTS;
      const piece = fromRight ? reversed(digits.slice(pos, pos + len)) : digits.slice(pos, pos + len);
      const isFirstOfRun = fromRight ? isLast : pos === 0;
      cells.push(isNegative && isFirstOfRun ? -Number(piece) : Number(piece));
      if (isOk(cells, rest(left - len + digitsLeft[index + 1]!, k - cells.length))) {
        walk(isLast ? index + 1 : index, isLast ? 0 : pos + len);
      }
      cells.pop();
    }
  };
  walk(0, 0);
  return isOverflow ? null : out;
}

/**
 * The fewest cells the tokens can be cut into (pieces without leading zeros, at most 9 digits).
 * When it equals the number of columns, no blank cell can have vanished with the separators: every
 * cut into that many cells uses all the digits as printed.
 */
export function fewestCells(tokens: readonly ValueToken[]): number {
  let total = 0;
  for (const t of tokens) {
    if (t.kind !== 'number' || !t.isSplittable) {
      total += 1;
      continue;
    }
    const digits = t.text.replace('-', '');
    const best = Array.from({ length: digits.length + 1 }, () => Number.POSITIVE_INFINITY);
    best[0] = 0;
    for (let p = 1; p <= digits.length; p += 1) {
      for (let a = Math.max(0, p - MAX_CELL_DIGITS); a < p; a += 1) {
        if (p - a === 1 || digits[a] !== '0') {
          best[p] = Math.min(best[p]!, best[a]! + 1);
        }
      }
    }
    total += best[digits.length]!;
  }
  return total;
}
