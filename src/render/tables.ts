/**
 * The tables of a report, by part. A legacy (pre-2019) report has none; a 2019/2021 report whose
 * table could not be read has `missing` there, so renderers can say so instead of printing zeros.
 */
import type { AnnualReport } from '../domain/report/model.ts';
import type { PartKey } from '../domain/report/layout.ts';
import { buildApplicationsTable } from './table-applications.ts';
import type { TableModel, TablePart } from './table-model.ts';
import { buildProactiveTable } from './table-proactive.ts';
import { buildReviewTable } from './table-review.ts';

/** What a part shows in place of its table: the table, a "not recognised" notice, or nothing. */
export type PartTable =
  | { readonly kind: 'table'; readonly table: TableModel }
  | { readonly kind: 'missing' }
  | { readonly kind: 'none' };

export type ReportTables = Readonly<Record<TablePart, PartTable>>;

const NONE: PartTable = { kind: 'none' };
const MISSING: PartTable = { kind: 'missing' };

function present(table: TableModel): PartTable {
  return { kind: 'table', table };
}

/**
 * Builds the three tables of a report in the official layout of its format.
 * @example buildReportTables(legacyReport).proactive.kind // 'none'
 */
export function buildReportTables(report: AnnualReport): ReportTables {
  switch (report.format) {
    case 'legacy':
      return { proactive: NONE, applications: NONE, reviewLitigation: NONE };
    case '2021':
    case '2019':
      return {
        proactive:
          report.proactive === null ? MISSING : present(buildProactiveTable(report.proactive, report.format)),
        applications:
          report.applications === null ? MISSING : present(buildApplicationsTable(report.applications)),
        reviewLitigation:
          report.reviewLitigation === null ? MISSING : present(buildReviewTable(report.reviewLitigation)),
      };
    default: {
      const unexpected: never = report;
      throw new Error(`unknown report format ${String((unexpected as { format: unknown }).format)}`);
    }
  }
}

/** The table of a part, if the part has one. */
export function tableOfPart(tables: ReportTables, part: PartKey): PartTable {
  switch (part) {
    case 'proactive':
    case 'applications':
    case 'reviewLitigation':
      return tables[part];
    case 'overview':
    case 'problems':
    case 'other':
      return NONE;
    default: {
      const unexpected: never = part;
      throw new Error(`unknown part ${String(unexpected)}`);
    }
  }
}

/** The message shown where a table of a 2019/2021 report could not be read. Digit-free. */
export const MISSING_TABLE_NOTICE = '本部分统计表未能识别';
