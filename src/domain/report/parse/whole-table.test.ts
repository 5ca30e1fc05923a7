import { describe, expect, it } from 'vitest';
import type { Reading } from './readings.ts';
import { solveTable } from './solve.ts';
import { MAX_VISITS, searchWholeTable, type SumIdentity } from './whole-table.ts';

/** Row 0 = row 1 + row 2 in both columns; every full choice is accepted by the check. */
const SUM: SumIdentity[] = [{ whole: 0, parts: [1, 2] }];
const always = () => true;

describe('searchWholeTable', () => {
  it('keeps only the readings that take part in a solution (the column sums decide 11,0 over 1,10)', () => {
    const search = searchWholeTable(
      [
        [
          [11, 0],
          [1, 10],
        ],
        [[8, 0]],
        [
          [3, 0],
          [0, 3],
        ],
      ],
      SUM,
      always,
      2,
    );
    expect(search).toEqual({ survivors: [[[11, 0]], [[8, 0]], [[3, 0]]], isComplete: true });
  });

  it('keeps every reading of a row that two solutions use', () => {
    const search = searchWholeTable(
      [
        [[2, 2]],
        [
          [1, 1],
          [2, 0],
        ],
        [
          [1, 1],
          [0, 2],
        ],
      ],
      SUM,
      always,
      2,
    );
    expect(search.survivors[1]).toEqual([
      [1, 1],
      [2, 0],
    ]);
    expect(search.survivors[2]).toEqual([
      [1, 1],
      [0, 2],
    ]);
  });

  it('does not prune a column with a blank cell (the identity cannot be evaluated there)', () => {
    const rows: Reading[][] = [
      [[5, null]],
      [
        [2, 1],
        [20, 1],
      ],
      [[3, null]],
    ];
    expect(searchWholeTable(rows, SUM, always, 2).survivors[1]).toEqual([[2, 1]]);
    expect(
      searchWholeTable(
        [
          [[5, 7]],
          [
            [2, null],
            [20, null],
          ],
          [[3, 1]],
        ],
        SUM,
        always,
        2,
      ).survivors[1],
    ).toEqual([[2, null]]);
  });

  it('stops after a bounded number of choices on hostile input (the table stays undecided)', () => {
    // Twenty parts of ten readings each, every one fitting the sum so far: 10^20 combinations.
    const parts = Array.from({ length: 20 }, (_, i) => i + 1);
    const candidates: Reading[][] = [
      [[1_000_000]],
      ...parts.map(() => Array.from({ length: 10 }, (_, v): Reading => [v])),
    ];
    const search = searchWholeTable(candidates, [{ whole: 0, parts }], always, 1);
    expect(search.isComplete).toBe(false);
    expect(MAX_VISITS).toBeGreaterThan(0);
    const solved = solveTable(candidates, always, 1, [{ whole: 0, parts }]);
    expect(solved.hasSolution).toBe(false);
    expect(solved.rows[1]).toEqual([null]);
  });
});
