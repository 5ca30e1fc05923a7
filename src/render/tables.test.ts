import { describe, it, expect } from 'vitest';
import { allRows, layoutGrid } from './table-model.ts';
import type { TableModel } from './table-model.ts';
import { buildReportTables } from './tables.ts';
import { expectedFixtureNames, loadExpectedReport } from './test-support.ts';

function presentTables(seed: string): TableModel[] {
  return Object.values(buildReportTables(loadExpectedReport(seed))).flatMap((entry) =>
    entry.kind === 'table' ? [entry.table] : [],
  );
}

describe('table models', () => {
  it.each(expectedFixtureNames().map((n) => n.slice(0, 3)))('tile their grid exactly (seed %s)', (seed) => {
    for (const table of presentTables(seed)) {
      const grid = layoutGrid(table);
      expect(grid).toHaveLength(allRows(table).length);
      expect(grid.every((line) => line.length === table.columnCount)).toBe(true);
      expect(table.columnWeights).toHaveLength(table.columnCount);
    }
  });

  it('has no tables for a legacy report', () => {
    const tables = buildReportTables(loadExpectedReport('003'));
    expect(Object.values(tables).map((t) => t.kind)).toEqual(['none', 'none', 'none']);
  });

  it('marks a missing table of a tabular report as missing, not empty', () => {
    const report = loadExpectedReport('002');
    const tables = buildReportTables({ ...report, proactive: null, reviewLitigation: null });
    expect([tables.proactive.kind, tables.applications.kind, tables.reviewLitigation.kind]).toEqual([
      'missing',
      'table',
      'missing',
    ]);
  });

  it('gives every value cell an address and header ids that exist in its table', () => {
    for (const table of presentTables('002')) {
      const ids = new Set(
        allRows(table)
          .flat()
          .flatMap((c) => (c.id === undefined ? [] : [c.id])),
      );
      for (const cell of allRows(table)
        .flat()
        .filter((c) => c.kind === 'value')) {
        expect(cell.address?.column).toBeDefined();
        expect(cell.headers?.every((h) => ids.has(h))).toBe(true);
      }
    }
  });

  it('rejects spans that do not tile the grid', () => {
    const broken: TableModel = {
      part: 'proactive',
      caption: 'x',
      columnCount: 2,
      columnWeights: [1, 1],
      head: [],
      bodies: [[[{ kind: 'value', text: '', rowSpan: 1, colSpan: 3 }]]],
    };
    expect(() => layoutGrid(broken)).toThrow(/overflows/);
  });
});
