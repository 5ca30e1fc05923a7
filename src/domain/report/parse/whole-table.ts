/**
 * The whole-table search for tables whose rows each read several ways (cells run together,
 * decision 014): every combination of row readings that satisfies all the table's identities is a
 * solution, and a cell keeps its value only when every solution agrees on it. Rows are chosen one
 * at a time, and a partial choice is dropped as soon as a column sum can no longer balance (the
 * cells are counts, never negative), so only the combinations near a solution are visited. The
 * search is bounded by a count of visited choices, not by the clock (the domain has none): past the
 * bound the table is undecided and its run-together cells stay null.
 */
import type { Reading } from './readings.ts';

/** One column identity: the sum of the `parts` rows equals the `whole` row, in every column. */
export type SumIdentity = { whole: number; parts: readonly number[] };

/** Partial choices visited at most (a table 三 near a solution needs a few hundred). */
export const MAX_VISITS = 200_000;

export type Search = {
  /** Per row, the readings that take part in at least one solution (empty: no solution). */
  survivors: Reading[][];
  /** False when the search stopped at `MAX_VISITS`. */
  isComplete: boolean;
};

type Bound = { identity: SumIdentity; column: number };

/** The identity-columns that can prune: whole known and every part's cells known and non-negative. */
function prunableBounds(
  candidates: readonly Reading[][],
  identities: readonly SumIdentity[],
  width: number,
): Bound[] {
  const out: Bound[] = [];
  for (const identity of identities) {
    for (let column = 0; column < width; column += 1) {
      const isKnown = (row: number, nonNegative: boolean) =>
        (candidates[row] ?? []).every((r) => {
          const cell = r[column] ?? null;
          return cell !== null && (!nonNegative || cell >= 0);
        });
      if (isKnown(identity.whole, false) && identity.parts.every((p) => isKnown(p, true))) {
        out.push({ identity, column });
      }
    }
  }
  return out;
}

/**
 * Finds the readings that take part in some solution.
 * @param candidates per row, its readings (rows with one reading are fixed)
 * @param identities the column sums the search prunes with (rows of other identities are checked by `check`)
 * @param check every identity of the table on a full choice
 * @param width cells per row
 * @example searchWholeTable([[[1, 1]], [[1, 0], [0, 1]], [[0, 1]]], [{ whole: 0, parts: [1, 2] }], () => true, 2)
 *   // survivors[1] = [[1, 0]]
 */
export function searchWholeTable(
  candidates: readonly Reading[][],
  identities: readonly SumIdentity[],
  check: (rows: readonly Reading[]) => boolean,
  width: number,
): Search {
  const bounds = prunableBounds(candidates, identities, width);
  const wholes = new Set(identities.map((i) => i.whole));
  // Wholes first (they bound their parts), then the rows with fewest readings.
  const order = candidates
    .map((r, i) => ({ i, n: r.length, isWhole: wholes.has(i) }))
    .sort((a, b) => Number(b.isWhole) - Number(a.isWhole) || a.n - b.n || a.i - b.i)
    .map((x) => x.i);
  const chosen: (Reading | null)[] = candidates.map(() => null);
  const used = candidates.map((r) => r.map(() => false));
  let visits = 0;
  const isPossible = (): boolean =>
    bounds.every(({ identity, column }) => {
      const whole = chosen[identity.whole];
      if (!whole) {
        return true;
      }
      let sum = 0;
      let isDone = true;
      for (const p of identity.parts) {
        const row = chosen[p];
        if (row) {
          sum += row[column]!;
        } else {
          isDone = false;
        }
      }
      return isDone ? sum === whole[column] : sum <= whole[column]!;
    });
  const walk = (depth: number): void => {
    if (visits > MAX_VISITS) {
      return;
    }
    if (depth === order.length) {
      if (check(chosen as Reading[])) {
        order.forEach((row) => {
          used[row]![candidates[row]!.indexOf(chosen[row]!)] = true;
        });
      }
      return;
    }
    const row = order[depth]!;
    for (const reading of candidates[row]!) {
      visits += 1;
      chosen[row] = reading;
      if (isPossible()) {
        walk(depth + 1);
      }
    }
    chosen[row] = null;
  };
  walk(0);
  return {
    survivors: candidates.map((r, i) => r.filter((_, j) => used[i]![j])),
    isComplete: visits <= MAX_VISITS,
  };
}
