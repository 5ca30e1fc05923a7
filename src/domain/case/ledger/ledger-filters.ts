/**
 * The export's filters from the query string (/staff/cases/export?organ=…&year=…&status=…&decision=…
 * &kind=public|internal&format=xlsx|csv). Everything is optional; the 公开版 and .xlsx are the
 * defaults. Unknown values are errors, not silently ignored (an export must be what was asked for).
 */
import type { LocalDate } from '../../calendar/local-date.ts';
import { yearOf } from '../../calendar/local-date.ts';
import { DECISIONS, type Decision, type DecisionGroup } from '../decisions.ts';
import { CASE_STATUSES, type CaseStatus } from '../status.ts';
import { LEDGER_EXPORT_KINDS, type LedgerExportKind } from './ledger-export-row.ts';

/** The download formats (.xlsx is the default). */
export const LEDGER_EXPORT_FORMATS = ['xlsx', 'csv'] as const;
/** .xlsx or CSV. */
export type LedgerExportFormat = (typeof LEDGER_EXPORT_FORMATS)[number];

/** 'open' is every status but closed. */
export type LedgerStatusFilter = CaseStatus | 'open';

const DECISION_GROUPS = [
  'granted',
  'partlyGranted',
  'withheld',
  'unavailable',
  'notProcessed',
  'other',
] as const satisfies readonly DecisionGroup[];

/** A decision row, or a whole group (（三）不予公开 = every withheld.* row). */
export type LedgerDecisionFilter = Decision | DecisionGroup;

/** What to export, as read from the query string. */
export type LedgerFilters = {
  organId: number | null;
  year: number | null;
  status: LedgerStatusFilter | null;
  decision: LedgerDecisionFilter | null;
  kind: LedgerExportKind;
  format: LedgerExportFormat;
};

/** The filters, or one Chinese message per wrong parameter. */
export type LedgerFiltersResult =
  { isValid: true; filters: LedgerFilters } | { isValid: false; errors: Record<string, string> };

const oneOf = <T extends string>(values: readonly T[], text: string): T | undefined =>
  values.find((v) => v === text);

/**
 * @param today the year filter runs from 2008 to this year
 * @example parseLedgerFilters({ year: '2024', kind: 'internal' }, today) // { isValid: true, filters: { organId: null, year: 2024, status: null, decision: null, kind: 'internal', format: 'xlsx' } }
 */
export function parseLedgerFilters(
  query: Readonly<Record<string, string | undefined>>,
  today: LocalDate,
): LedgerFiltersResult {
  const errors: Record<string, string> = {};
  const text = (key: string) => (query[key] ?? '').trim();
  const organ = text('organ');
  const organId = organ === '' ? null : /^[1-9]\d{0,8}$/.test(organ) ? Number(organ) : undefined;
  if (organId === undefined) {
    errors.organ = '受理机关无效';
  }
  const yearText = text('year');
  const year =
    yearText === ''
      ? null
      : /^\d{4}$/.test(yearText) && Number(yearText) >= 2008 && Number(yearText) <= yearOf(today)
        ? Number(yearText)
        : undefined;
  if (year === undefined) {
    errors.year = `年份应为 2008 至 ${yearOf(today)} 之间`;
  }
  const status =
    text('status') === '' ? null : text('status') === 'open' ? 'open' : oneOf(CASE_STATUSES, text('status'));
  if (status === undefined) {
    errors.status = '办理状态无效';
  }
  const decision =
    text('decision') === ''
      ? null
      : oneOf<LedgerDecisionFilter>([...DECISIONS, ...DECISION_GROUPS], text('decision'));
  if (decision === undefined) {
    errors.decision = '办理结果无效';
  }
  const kind = text('kind') === '' ? 'public' : oneOf(LEDGER_EXPORT_KINDS, text('kind'));
  if (kind === undefined) {
    errors.kind = '导出类型只能是公开版或内部台账';
  }
  const format = text('format') === '' ? 'xlsx' : oneOf(LEDGER_EXPORT_FORMATS, text('format'));
  if (format === undefined) {
    errors.format = '文件格式只能是 xlsx 或 csv';
  }
  if (
    organId === undefined ||
    year === undefined ||
    status === undefined ||
    decision === undefined ||
    kind === undefined ||
    format === undefined
  ) {
    return { isValid: false, errors };
  }
  return { isValid: true, filters: { organId, year, status, decision, kind, format } };
}
