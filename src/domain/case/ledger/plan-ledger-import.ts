/**
 * Plans a ledger import: every row becomes a case or gets its errors (row number, column, reason
 * in Chinese). A case number given twice in the file, or already registered in the platform, is
 * an error on the later row. The plan is all or nothing: committable only when no row has an
 * error. Pure: the caller supplies today's date and the case numbers already in use.
 */
import { yearOf, type LocalDate } from '../../calendar/local-date.ts';
import { decisionGroup, type Decision, type DecisionGroup } from '../decisions.ts';
import { ledgerHeaderOf } from './ledger-columns.ts';
import type { LedgerCase, LedgerIssue, LedgerRow } from './ledger-case.ts';
import { caseNumberKey, parseLedgerRow } from './parse-ledger-row.ts';

/** What the plan is made against. */
export type LedgerPlanContext = {
  today: LocalDate;
  /** Case numbers of this file that are already registered (any organ: numbers are unique). */
  existingCaseNumbers: ReadonlySet<string>;
};

/** The preview's columns: the six result groups of table 三, and still open. */
export type ResultBucket = DecisionGroup | 'open';
/** The columns in table order. */
export const RESULT_BUCKETS = [
  'granted',
  'partlyGranted',
  'withheld',
  'unavailable',
  'notProcessed',
  'other',
  'open',
] as const satisfies readonly ResultBucket[];
/** The columns' headings (table 三's group names). */
export const RESULT_BUCKET_LABELS = {
  granted: '予以公开',
  partlyGranted: '部分公开',
  withheld: '不予公开',
  unavailable: '无法提供',
  notProcessed: '不予处理',
  other: '其他处理',
  open: '尚未办结',
} as const satisfies Record<ResultBucket, string>;

/** One year of the preview's table (by 收到申请日期). */
export type LedgerYearCounts = { year: number; total: number; counts: Record<ResultBucket, number> };

/** Counts for the preview. */
export type LedgerSummary = {
  years: LedgerYearCounts[];
  decisions: { decision: Decision; count: number }[];
  open: number;
  closed: number;
  extended: number;
  reviews: number;
  litigations: number;
  /** Cases keeping the ledger's own number (the rest are numbered at commit). */
  keptNumbers: number;
};

/** The whole plan. */
export type LedgerPlan = {
  rowCount: number;
  cases: LedgerCase[];
  /** Rows with at least one error. */
  invalidRows: number;
  errors: LedgerIssue[];
  notes: LedgerIssue[];
  summary: LedgerSummary;
  isCommittable: boolean;
};

function duplicateErrors(
  rows: readonly LedgerRow[],
  existing: ReadonlySet<string>,
): Map<number, LedgerIssue> {
  const column = ledgerHeaderOf('caseNumber');
  const firstLine = new Map<string, number>();
  const errors = new Map<number, LedgerIssue>();
  rows.forEach((row, index) => {
    const key = caseNumberKey(row.cells.caseNumber);
    if (key === '') {
      return;
    }
    const first = firstLine.get(key);
    if (existing.has(key)) {
      errors.set(index, {
        line: row.line,
        column,
        message: `案件编号「${key}」已在系统中登记，不能重复导入`,
      });
    } else if (first !== undefined) {
      errors.set(index, { line: row.line, column, message: `案件编号「${key}」与第${first}行重复` });
    }
    if (first === undefined) {
      firstLine.set(key, row.line);
    }
  });
  return errors;
}

/**
 * Counts per year and result, for the preview.
 * @example summarizeLedger([]).years // []
 */
export function summarizeLedger(cases: readonly LedgerCase[]): LedgerSummary {
  const years = new Map<number, LedgerYearCounts>();
  const decisions = new Map<Decision, number>();
  const summary: LedgerSummary = {
    years: [],
    decisions: [],
    open: 0,
    closed: 0,
    extended: 0,
    reviews: 0,
    litigations: 0,
    keptNumbers: 0,
  };
  for (const c of cases) {
    const year = yearOf(c.receivedOn);
    const entry = years.get(year) ?? {
      year,
      total: 0,
      counts: {
        granted: 0,
        partlyGranted: 0,
        withheld: 0,
        unavailable: 0,
        notProcessed: 0,
        other: 0,
        open: 0,
      },
    };
    years.set(year, entry);
    entry.total += 1;
    entry.counts[c.closing ? decisionGroup(c.closing.decision) : 'open'] += 1;
    if (c.closing) {
      decisions.set(c.closing.decision, (decisions.get(c.closing.decision) ?? 0) + 1);
      summary.closed += 1;
    } else {
      summary.open += 1;
    }
    summary.extended += c.extension ? 1 : 0;
    summary.reviews += c.reviews.filter((r) => r.kind === 'review').length;
    summary.litigations += c.reviews.filter((r) => r.kind !== 'review').length;
    summary.keptNumbers += c.caseNumber === null ? 0 : 1;
  }
  summary.years = [...years.values()].sort((a, b) => a.year - b.year);
  summary.decisions = [...decisions].map(([decision, count]) => ({ decision, count }));
  return summary;
}

/**
 * Plans the import of `rows`.
 * @example planLedgerImport(rows, { today: localDate('2026-11-22'), existingCaseNumbers: new Set() }).isCommittable
 */
export function planLedgerImport(rows: readonly LedgerRow[], context: LedgerPlanContext): LedgerPlan {
  const duplicates = duplicateErrors(rows, context.existingCaseNumbers);
  const cases: LedgerCase[] = [];
  const errors: LedgerIssue[] = [];
  const notes: LedgerIssue[] = [];
  let invalidRows = 0;
  rows.forEach((row, index) => {
    const parsed = parseLedgerRow(row, context.today);
    const duplicate = duplicates.get(index);
    const rowErrors = duplicate ? [duplicate, ...parsed.errors] : parsed.errors;
    if (rowErrors.length > 0 || parsed.case === null) {
      invalidRows += 1;
      errors.push(...rowErrors);
    } else {
      cases.push(parsed.case);
      notes.push(...parsed.notes);
    }
  });
  return {
    rowCount: rows.length,
    cases,
    invalidRows,
    errors,
    notes,
    summary: summarizeLedger(cases),
    isCommittable: rows.length > 0 && invalidRows === 0,
  };
}

/**
 * The case numbers a file gives (to look up which are already registered).
 * @example ledgerCaseNumbers([{ line: 2, cells: { caseNumber: ' A-1 ' }, problems: [] }]) // ['A-1']
 */
export function ledgerCaseNumbers(rows: readonly LedgerRow[]): string[] {
  return [...new Set(rows.map((row) => caseNumberKey(row.cells.caseNumber)).filter((n) => n !== ''))];
}
