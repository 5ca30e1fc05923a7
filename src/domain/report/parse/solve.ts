/**
 * Chooses among row readings with the table's own arithmetic: only combinations of readings that
 * satisfy every identity of the table survive; a cell keeps its value only when all surviving
 * combinations agree on it. Nothing here creates a number that is not in the source.
 */
import { consensus, type Reading } from './readings.ts';
import { searchWholeTable, type Search, type SumIdentity } from './whole-table.ts';

/** A table-wide identity over the chosen readings (null cells make it pass: not checkable). */
export type TableCheck = (rows: readonly Reading[]) => boolean;

export type Solved = {
  rows: Reading[];
  isUnique: boolean;
  hasSolution: boolean;
  /**
   * Per row, the distinct readings found in the table's solutions when there are several (at most
   * `MAX_LISTED_CANDIDATES + 1`, so a finding can say there are more); absent when not known.
   */
  candidates?: (Reading[] | undefined)[];
};

/** Readings listed per row in a finding (decision 014). */
export const MAX_LISTED_CANDIDATES = 5;

function distinctReadings(readings: readonly Reading[]): Reading[] | undefined {
  const seen = new Map<string, Reading>();
  for (const r of readings) {
    seen.set(r.join(','), r);
    if (seen.size > MAX_LISTED_CANDIDATES) {
      break;
    }
  }
  return seen.size > 1 ? [...seen.values()] : undefined;
}

const MAX_COMBINATIONS = 200_000;
/** Above this many combinations, a table with column sums is searched with pruning (whole-table.ts). */
const SMALL_PRODUCT = 256;

/**
 * @param candidates per row, its readings (one or more)
 * @param check the table identities
 * @param width cells per row
 * @param sums column identities (a row equal to the sum of other rows) that let a large table be
 *   searched with pruning instead of enumerated (decision 014)
 */
export function solveTable(
  candidates: readonly Reading[][],
  check: TableCheck,
  width: number,
  sums: readonly SumIdentity[] = [],
): Solved {
  const fixed = candidates.map((r) => (r.length === 1 ? r[0]! : null));
  const open = candidates.map((r, i) => ({ i, r })).filter((x) => x.r.length > 1);
  if (open.length === 0) {
    return { rows: fixed as Reading[], isUnique: true, hasSolution: check(fixed as Reading[]) };
  }
  const product = open.reduce((p, x) => p * x.r.length, 1);
  if (sums.length > 0 && product > SMALL_PRODUCT) {
    return fromSearch(candidates, searchWholeTable(candidates, sums, check, width), width);
  }
  if (product > MAX_COMBINATIONS) {
    return { rows: candidates.map((r) => consensus(r, width)), isUnique: false, hasSolution: false };
  }
  const chosen = candidates.map((r) => r[0]!);
  const survivors: Reading[][] = open.map(() => []);
  const walk = (depth: number): void => {
    if (depth === open.length) {
      if (check(chosen)) {
        open.forEach((x, j) => survivors[j]!.push(chosen[x.i]!));
      }
      return;
    }
    for (const reading of open[depth]!.r) {
      chosen[open[depth]!.i] = reading;
      walk(depth + 1);
    }
  };
  walk(0);
  const hasSolution = survivors[0]!.length > 0;
  const rows = candidates.map((r) => consensus(r, width));
  open.forEach((x, j) => {
    rows[x.i] = consensus(hasSolution ? survivors[j]! : x.r, width);
  });
  const isUnique =
    hasSolution && open.every((_, j) => new Set(survivors[j]!.map((r) => r.join(','))).size === 1);
  const listed: (Reading[] | undefined)[] = candidates.map(() => undefined);
  open.forEach((x, j) => {
    listed[x.i] = hasSolution ? distinctReadings(survivors[j]!) : undefined;
  });
  return { rows, isUnique, hasSolution, candidates: listed };
}

/** The solved table from a whole-table search (whole-table.ts); undecided when it was cut short. */
function fromSearch(candidates: readonly Reading[][], search: Search, width: number): Solved {
  const hasSolution = search.isComplete && search.survivors.every((r) => r.length > 0);
  if (!hasSolution) {
    return { rows: candidates.map((r) => consensus(r, width)), isUnique: false, hasSolution: false };
  }
  const rows = search.survivors.map((r) => consensus(r, width));
  const isUnique = search.survivors.every((r) => r.length === 1);
  return { rows, isUnique, hasSolution, candidates: search.survivors.map(distinctReadings) };
}

/**
 * Solves each alternative set of candidates (e.g. a table read column by column or row by row)
 * and keeps the alternatives that satisfy the identities; cells on which they disagree are null.
 */
export function solveAlternatives(
  alternatives: readonly (readonly Reading[][])[],
  check: TableCheck,
  width: number,
  sums: readonly SumIdentity[] = [],
): Solved {
  const solved = alternatives.map((candidates) => solveTable(candidates, check, width, sums));
  const good = solved.filter((s) => s.hasSolution);
  const pool = good.length > 0 ? good : solved;
  const first = pool[0];
  if (!first) {
    return { rows: [], isUnique: false, hasSolution: false };
  }
  if (pool.length === 1) {
    return first;
  }
  const rows = first.rows.map((_, i) =>
    consensus(
      pool.map((s) => s.rows[i] ?? []),
      width,
    ),
  );
  return { rows, isUnique: false, hasSolution: good.length > 0 };
}

/** Sum of cells, or null when any is null. */
export function sumOrNull(cells: readonly (number | null)[]): number | null {
  let total = 0;
  for (const c of cells) {
    if (c === null) {
      return null;
    }
    total += c;
  }
  return total;
}

/** `a === b` when both known; true (not checkable) otherwise. Tolerates float rounding. */
export function equalOrUnknown(a: number | null, b: number | null): boolean {
  return a === null || b === null || Math.abs(a - b) < 1e-9;
}
