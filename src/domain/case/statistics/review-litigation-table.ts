/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况) built from the organ's records of 行政复议 and
 * 行政诉讼 about its 信息公开 work. Year rule ([U]; docs/decisions/009-statistics-from-cases.md):
 * a record counts in the year it was filed (申请复议 / 起诉); its result counts only when the
 * conclusion came by 31 December of that year, otherwise it is 尚未审结. Each 总计 = the four results.
 */
import type { LocalDate } from '../../calendar/local-date.ts';
import { REVIEW_RESULTS, type ReviewResult } from '../events.ts';
import { OUTCOME_COLUMNS, REVIEW_GROUPS } from '../../report/layout.ts';
import type { Outcome, ReviewLitigation } from '../../report/model.ts';
import { assertReportYear } from './applications-table.ts';
import { dateOrder, yearNumber } from './date-order.ts';
import { StatisticsInputError } from './statistics-input-error.ts';

/** 行政复议 / 行政诉讼·未经复议直接起诉 / 行政诉讼·复议后起诉. */
export type ReviewKind = (typeof REVIEW_GROUPS)[number]['key'];
/** 结果维持 / 结果纠正 / 其他结果 / 尚未审结. */
export type { ReviewResult };

export type ReviewRecord = {
  kind: ReviewKind;
  /** The day the review was applied for or the suit filed. */
  filedOn: LocalDate;
  /** The result; `pending` while it runs. */
  result: ReviewResult;
  /** The day of the decision or judgment; null while pending. */
  concludedOn: LocalDate | null;
};

const RESULTS: readonly ReviewResult[] = REVIEW_RESULTS;
const KIND_LABELS = new Map<string, string>(REVIEW_GROUPS.map((group) => [group.key, group.label]));
const RESULT_LABELS = new Map<string, string>(OUTCOME_COLUMNS.map((column) => [column.key, column.label]));

/** Checks one record's codes and dates; throws StatisticsInputError. */
function checkRecord(record: ReviewRecord, index: number): void {
  const where = `第 ${index + 1} 条复议诉讼记录（${KIND_LABELS.get(record.kind) ?? '?'}，${record.filedOn}）`;
  if (!KIND_LABELS.has(record.kind)) {
    throw new StatisticsInputError(
      'UNKNOWN_REVIEW_KIND',
      index,
      `第 ${index + 1} 条复议诉讼记录的类型「${String(record.kind).slice(0, 40)}」未知`,
    );
  }
  if (!RESULTS.includes(record.result)) {
    throw new StatisticsInputError(
      'UNKNOWN_REVIEW_RESULT',
      index,
      `${where}的结果「${String(record.result).slice(0, 40)}」未知`,
    );
  }
  if (record.result !== 'pending' && record.concludedOn === null) {
    throw new StatisticsInputError(
      'RESULT_WITHOUT_CONCLUSION',
      index,
      `${where}的结果为「${RESULT_LABELS.get(record.result) ?? ''}」，但没有审结日期`,
    );
  }
  if (record.result === 'pending' && record.concludedOn !== null) {
    throw new StatisticsInputError(
      'CONCLUSION_WITHOUT_RESULT',
      index,
      `${where}有审结日期 ${record.concludedOn}，但结果仍为「尚未审结」`,
    );
  }
  if (record.concludedOn !== null && dateOrder(record.concludedOn) < dateOrder(record.filedOn)) {
    throw new StatisticsInputError(
      'CONCLUDED_BEFORE_FILED',
      index,
      `${where}的审结日期 ${record.concludedOn} 早于提起日期`,
    );
  }
}

/** The result as of 31 December of `year`. */
function resultAtYearEnd(record: ReviewRecord, year: number): ReviewResult {
  return record.concludedOn !== null && yearNumber(record.concludedOn) <= year ? record.result : 'pending';
}

const emptyOutcome = (): Outcome => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });

/**
 * Table 四 for a report year.
 * @param records every 复议/诉讼 record of the organ (any year; those filed in other years are skipped)
 * @param year the report year
 * @throws StatisticsInputError for an unknown kind or result, a result without its date (or the
 *   reverse), or a conclusion before filing — for every record, whatever its year
 * @example
 * buildReviewLitigationTable([{ kind: 'review', filedOn: localDate('2025-11-20'), result: 'upheld',
 *   concludedOn: localDate('2026-01-15') }], 2025).review // { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 }
 */
export function buildReviewLitigationTable(records: readonly ReviewRecord[], year: number): ReviewLitigation {
  assertReportYear(year);
  const table: Record<ReviewKind, Outcome> = {
    review: emptyOutcome(),
    litigationDirect: emptyOutcome(),
    litigationAfterReview: emptyOutcome(),
  };
  records.forEach((record, index) => {
    checkRecord(record, index);
    if (yearNumber(record.filedOn) !== year) {
      return;
    }
    const outcome = table[record.kind];
    const result = resultAtYearEnd(record, year);
    outcome[result] = (outcome[result] ?? 0) + 1;
    outcome.total = (outcome.total ?? 0) + 1;
  });
  return table;
}
