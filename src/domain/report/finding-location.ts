/**
 * Where a finding points, in the report's own words: part heading, row and column by their
 * printed labels, source line. Used by the CLI and the web checker alike.
 */
import type { FindingLocation } from './findings.ts';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS_SINGLE,
  APPLICATION_ROWS_SPLIT,
  OUTCOME_COLUMNS,
  PARTS,
  PROACTIVE_ROWS_2019,
  PROACTIVE_ROWS_2021,
  REVIEW_GROUPS,
} from './layout.ts';

const SPECIAL_PARTS: Readonly<Record<string, string>> = { header: '报告标题', document: '全文' };

/**
 * Where a finding points, in the report's own words.
 * @example describeLocation({ part: 'applications', row: 'total', column: '6', line: 52 })
 *   // '三、收到和处理政府信息公开申请情况 · （七）总计 · 总计 · 第52行'
 */
export function describeLocation(where: FindingLocation): string {
  const parts: string[] = [];
  if (where.part !== undefined) {
    parts.push(partName(where.part));
  }
  if (where.row !== undefined) {
    parts.push(rowLabel(where.part, where.row));
  }
  if (where.column !== undefined) {
    parts.push(columnLabel(where.part, where.row, where.column));
  }
  if (where.line !== undefined) {
    parts.push(`第${where.line}行`);
  }
  return parts.join(' · ');
}

/** The part's heading (「三、收到和处理政府信息公开申请情况」), or the raw key. */
export function partName(part: string): string {
  return PARTS.find((candidate) => candidate.key === part)?.heading ?? SPECIAL_PARTS[part] ?? part;
}

/** Row and column labels per table, by contract key. */
const ROW_LABELS: Readonly<Record<string, (row: string) => string | undefined>> = {
  applications: (row) =>
    [...APPLICATION_ROWS_SPLIT, ...APPLICATION_ROWS_SINGLE].find((spec) => spec.id === row)?.shortLabel,
  proactive: (row) =>
    [...PROACTIVE_ROWS_2021, ...PROACTIVE_ROWS_2019].find((spec) => spec.key === row)?.label,
  reviewLitigation: (row) => REVIEW_GROUPS.find((group) => group.key === row)?.label,
};

const COLUMN_LABELS: Readonly<
  Record<string, (column: string, row: string | undefined) => string | undefined>
> = {
  applications: (column) => (/^\d$/.test(column) ? APPLICANT_COLUMNS[Number(column)] : undefined),
  proactive: (column, row) =>
    [...PROACTIVE_ROWS_2021, ...PROACTIVE_ROWS_2019]
      .filter((spec) => row === undefined || spec.key === row)
      .flatMap((spec) => spec.columns)
      .find((cell) => cell.key === column)?.label,
  reviewLitigation: (column) => OUTCOME_COLUMNS.find((outcome) => outcome.key === column)?.label,
};

/** The printed label of a table row, or the raw contract path. */
export function rowLabel(part: string | undefined, row: string): string {
  return (part === undefined ? undefined : ROW_LABELS[part]?.(row)) ?? row;
}

/** The printed label of a table column, or the raw key. */
export function columnLabel(part: string | undefined, row: string | undefined, column: string): string {
  return (part === undefined ? undefined : COLUMN_LABELS[part]?.(column, row)) ?? column;
}
