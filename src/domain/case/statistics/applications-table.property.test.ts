import { describe, expect, it } from 'vitest';
import { yearOf } from '../../calendar/local-date.ts';
import { checkIdentities } from '../../report/check/identities.ts';
import { APPLICATION_ROWS_SPLIT, getApplicationRow } from '../../report/layout.ts';
import type { Applications } from '../../report/model.ts';
import { APPLICANT_KINDS } from '../applicant-kinds.ts';
import { DECISIONS } from '../decisions.ts';
import { buildApplicationsTable, type CaseForStatistics } from './applications-table.ts';
import { generateCases } from './generate-cases.test-support.ts';

const FROM = 2021;
const TO = 2025;
const SEEDS = [1, 7, 42, 2025, 99_991];

/** The table as a map row id → cells, for comparisons. */
const cellsOf = (table: Applications): Map<string, readonly (number | null)[]> =>
  new Map(APPLICATION_ROWS_SPLIT.map((spec) => [spec.id, getApplicationRow(table, spec)]));

/** A naive recount straight from the definitions, one case and one rule at a time. */
function naiveCount(cases: readonly CaseForStatistics[], year: number): Map<string, number[]> {
  const rows = new Map<string, number[]>(
    APPLICATION_ROWS_SPLIT.map((spec) => [spec.id, [0, 0, 0, 0, 0, 0, 0]]),
  );
  const add = (id: string, column: number): void => {
    const row = rows.get(id)!;
    row[column]! += 1;
    row[6]! += 1;
  };
  for (const c of cases) {
    const column = APPLICANT_KINDS.indexOf(c.applicantKind);
    const received = yearOf(c.received);
    const closed = c.closedOn === null ? null : yearOf(c.closedOn);
    if (received === year) {
      add('newlyReceived', column);
    }
    if (received < year && (closed === null || closed >= year)) {
      add('carriedOver', column);
    }
    if (closed === year) {
      add(c.decision!, column);
      add('total', column);
    }
    if (received <= year && (closed === null || closed > year)) {
      add('carriedForward', column);
    }
  }
  return rows;
}

describe('table 三 from random cases (property tests)', () => {
  it('generates the variety the properties need: every kind and decision, open, multi-item and cross-year cases', () => {
    const cases = generateCases(1, 2500, { fromYear: FROM, toYear: TO });
    expect(new Set(cases.map((c) => c.applicantKind)).size).toBe(APPLICANT_KINDS.length);
    expect(new Set(cases.map((c) => c.decision)).size).toBe(DECISIONS.length + 1); // + null (open)
    expect(cases.some((c) => (c.itemDecisions?.length ?? 0) > 1 && c.decision === 'partlyGranted')).toBe(
      true,
    );
    expect(cases.some((c) => c.closedOn !== null && yearOf(c.closedOn) > yearOf(c.received))).toBe(true);
  });

  it.each(SEEDS)("passes the checker's identities every year (seed %i)", (seed) => {
    const cases = generateCases(seed, 2500, { fromYear: FROM, toYear: TO });
    for (let year = FROM - 1; year <= TO + 1; year += 1) {
      expect(checkIdentities(buildApplicationsTable(cases, year), null)).toEqual([]);
    }
  });

  it.each(SEEDS)('matches a naive recount every year (seed %i)', (seed) => {
    const cases = generateCases(seed, 2500, { fromYear: FROM, toYear: TO, openShare: 0.2 });
    for (let year = FROM; year <= TO; year += 1) {
      expect(cellsOf(buildApplicationsTable(cases, year))).toEqual(naiveCount(cases, year));
    }
  });

  it.each(SEEDS.slice(0, 3))(
    'counts each case exactly once on entry and once on exit in every year it is open or closed (seed %i)',
    (seed) => {
      const cases = generateCases(seed, 300, { fromYear: FROM, toYear: TO });
      for (const c of cases) {
        const column = APPLICANT_KINDS.indexOf(c.applicantKind);
        for (let year = FROM - 1; year <= TO + 1; year += 1) {
          const table = buildApplicationsTable([c], year);
          const isLive = yearOf(c.received) <= year && (c.closedOn === null || yearOf(c.closedOn) >= year);
          const entries = table.newlyReceived[column]! + table.carriedOver[column]!;
          const exits = table.total[column]! + table.carriedForward[column]!;
          expect([entries, exits, table.total[6]! + table.carriedForward[6]!]).toEqual(
            isLive ? [1, 1, 1] : [0, 0, 0],
          );
        }
      }
    },
  );

  it("carries each year's 结转下年度 into the next year's 上年结转", () => {
    const cases = generateCases(3, 3000, { fromYear: FROM, toYear: TO });
    for (let year = FROM; year < TO; year += 1) {
      expect(buildApplicationsTable(cases, year + 1).carriedOver).toEqual(
        buildApplicationsTable(cases, year).carriedForward,
      );
    }
  });
});
