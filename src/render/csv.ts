/**
 * The report as one CSV row of the dataset (columns: csv-columns.ts), and RFC 4180 line writing
 * with spreadsheet formula injection neutralised.
 */
import {
  applicationRowsOf,
  getApplicationRow,
  OUTCOME_COLUMNS,
  PROACTIVE_ROWS_2019,
  PROACTIVE_ROWS_2021,
  REVIEW_GROUPS,
} from '../domain/report/layout.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import {
  applicationColumn,
  OTHER_SINGLE_ID,
  proactiveColumn,
  reportCsvColumns,
  reviewColumn,
} from './csv-columns.ts';
import { neutralizeFormula } from './formula-guard.ts';

export { neutralizeFormula } from './formula-guard.ts';
import { formatCellValue } from './labels.ts';

export { reportCsvColumns } from './csv-columns.ts';

export type CsvExtra = {
  /** The source file name (column `file`). */
  readonly file?: string;
  /** Number of error findings (column `errors`). */
  readonly errors?: number;
  /** Number of warning findings (column `warnings`). */
  readonly warnings?: number;
};

function setProactive(report: AnnualReport, cells: Map<string, string>): void {
  if (report.format === 'legacy' || report.proactive === null) {
    return;
  }
  const table = report.proactive as unknown as Record<string, Record<string, number | string | null>>;
  const specs = report.format === '2021' ? PROACTIVE_ROWS_2021 : PROACTIVE_ROWS_2019;
  for (const spec of specs) {
    for (const cell of spec.columns) {
      const value = table[spec.key]?.[cell.key];
      cells.set(proactiveColumn(spec.key, cell.key), typeof value === 'number' ? formatCellValue(value) : '');
    }
  }
  const amountText = table.procurement?.amountText;
  if (typeof amountText === 'string') {
    cells.set(proactiveColumn('procurement', 'amountText'), amountText);
  }
}

function setApplications(report: AnnualReport, cells: Map<string, string>): void {
  if (report.applications === null) {
    return;
  }
  const applications = report.applications;
  for (const spec of applicationRowsOf(applications)) {
    const id = spec.id === 'other' ? OTHER_SINGLE_ID : spec.id;
    getApplicationRow(applications, spec).forEach((value, c) => {
      cells.set(applicationColumn(id, c), formatCellValue(value));
    });
  }
}

function setReview(report: AnnualReport, cells: Map<string, string>): void {
  if (report.reviewLitigation === null) {
    return;
  }
  for (const group of REVIEW_GROUPS) {
    for (const outcome of OUTCOME_COLUMNS) {
      cells.set(
        reviewColumn(group.key, outcome.key),
        formatCellValue(report.reviewLitigation[group.key][outcome.key]),
      );
    }
  }
}

/**
 * One dataset row for a report, aligned with reportCsvColumns(). `null` → empty, 0 → "0".
 * @example reportCsvRow(report, { file: 'a.pdf', errors: 2 }).length === reportCsvColumns().length // true
 */
export function reportCsvRow(report: AnnualReport, extra: CsvExtra = {}): string[] {
  const cells = new Map<string, string>([
    ['file', extra.file ?? ''],
    ['organ', report.organ ?? ''],
    ['year', formatCellValue(report.year)],
    ['format', report.format],
    ['errors', extra.errors === undefined ? '' : String(extra.errors)],
    ['warnings', extra.warnings === undefined ? '' : String(extra.warnings)],
  ]);
  setProactive(report, cells);
  setApplications(report, cells);
  setReview(report, cells);
  return reportCsvColumns().map((column) => cells.get(column) ?? '');
}

/**
 * Writes one CSV record (RFC 4180): cells containing `"`, `,`, CR or LF are quoted with `"`
 * doubled; formula-like cells are neutralised first. No line terminator — join records with CRLF.
 * @example toCsvLine(['a', 'b,c', 'say "hi"']) // 'a,"b,c","say ""hi"""'
 */
export function toCsvLine(cells: readonly string[]): string {
  return cells
    .map((raw) => {
      const cell = neutralizeFormula(raw);
      return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    })
    .join(',');
}
