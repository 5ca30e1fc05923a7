/**
 * Compares parsed report data with the truth cell by cell: which cells are exact, which became
 * null (and whether a finding explains it), and which are wrong (a number that is not the truth —
 * the one thing the parser must never produce).
 */
import type { Finding } from '../../src/domain/report/findings.ts';
import type { AnnualReport } from '../../src/domain/report/model.ts';

export type CellDiff = { path: string; want: unknown; got: unknown };

export type Comparison = {
  /** Numeric (and amountText) cells in the truth that are not null. */
  cells: number;
  /** Of those, read exactly. */
  recovered: number;
  /** The same two counts per table. */
  byTable: Record<'proactive' | 'applications' | 'reviewLitigation', { cells: number; recovered: number }>;
  /** Cells with a number (or text) that differs from the truth. */
  wrong: CellDiff[];
  /** Cells that became null without a finding on their part and row. */
  unexplained: CellDiff[];
  /** Cells that became null with a finding explaining it. */
  lost: CellDiff[];
  /** Fields outside the tables that differ (organ, year, format, table shapes). */
  header: CellDiff[];
};

/** Finding location part/row for a data path like `applications.withheld.stateSecret.3`. */
function locate(path: string): { part: string; row: string | null } {
  const [part, ...rest] = path.split('.');
  if (part === 'reviewLitigation') {
    return { part, row: 'reviewLitigation' };
  }
  if (part === 'proactive') {
    return { part, row: rest[0] ?? null };
  }
  const row = rest.filter((p) => !/^\d+$/.test(p)).join('.');
  return { part: part ?? '', row: row === '' ? null : row };
}

function explained(findings: readonly Finding[], path: string): boolean {
  const { part, row } = locate(path);
  return findings.some((f) => f.where.part === part && (f.where.row === undefined || f.where.row === row));
}

/**
 * @param truth the report the text was generated from
 * @param parsed what the parser read back
 */
export function compareReports(
  truth: AnnualReport,
  parsed: AnnualReport,
  findings: readonly Finding[],
): Comparison {
  const byTable = {
    proactive: { cells: 0, recovered: 0 },
    applications: { cells: 0, recovered: 0 },
    reviewLitigation: { cells: 0, recovered: 0 },
  };
  const out: Comparison = {
    cells: 0,
    recovered: 0,
    byTable,
    wrong: [],
    unexplained: [],
    lost: [],
    header: [],
  };
  for (const key of ['organ', 'year', 'format'] as const) {
    if (truth[key] !== parsed[key]) {
      out.header.push({ path: key, want: truth[key], got: parsed[key] });
    }
  }
  const walk = (want: unknown, got: unknown, path: string): void => {
    if (want !== null && typeof want === 'object') {
      if (got === null || typeof got !== 'object' || Array.isArray(want) !== Array.isArray(got)) {
        out.header.push({ path, want: Array.isArray(want) ? 'array' : 'object', got });
        return;
      }
      for (const k of Object.keys(want)) {
        walk(
          (want as Record<string, unknown>)[k],
          (got as Record<string, unknown>)[k],
          path === '' ? k : `${path}.${k}`,
        );
      }
      return;
    }
    if (want === null) {
      if (got !== null && got !== undefined) {
        out.wrong.push({ path, want, got });
      }
      return;
    }
    const table = byTable[path.split('.')[0] as keyof typeof byTable];
    out.cells += 1;
    table.cells += 1;
    if (got === want) {
      out.recovered += 1;
      table.recovered += 1;
    } else if (got === null || got === undefined) {
      (explained(findings, path) ? out.lost : out.unexplained).push({ path, want, got });
    } else {
      out.wrong.push({ path, want, got });
    }
  };
  walk(truth.proactive, parsed.proactive, 'proactive');
  walk(truth.applications, parsed.applications, 'applications');
  walk(truth.reviewLitigation, parsed.reviewLitigation, 'reviewLitigation');
  return out;
}
