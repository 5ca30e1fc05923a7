/**
 * Table 三 (收到和处理政府信息公开申请情况) built from the case store, 2021 format: （六） as its three
 * sub-rows. Each case is put in one bucket per year first, then counted (house style: bucket, then
 * count). The year rules (docs/decisions/009-statistics-from-cases.md):
 *
 * - 一、本年新收: received in the year;
 * - 二、上年结转: received before the year and not closed before 1 January;
 * - 三、本年度办理结果: closed in the year, in the row of its statistical decision; （七）总计 is their sum;
 * - 四、结转下年度继续办理: received by 31 December (一 or 二) and not closed by then.
 *
 * So 一 + 二 = （七）+ 四 in every column by construction (the form's 勾稽关系), and 总计 is the
 * sum of the six applicant columns.
 */
import type { LocalDate } from '../../calendar/local-date.ts';
import { buildApplications } from '../../report/layout.ts';
import type { ApplicantRow, Applications } from '../../report/model.ts';
import { APPLICANT_KINDS, type ApplicantKind } from '../applicant-kinds.ts';
import { DECISIONS, type Decision } from '../decisions.ts';
import { DECISION_ORDER } from './statistical-decision.ts';
import { dateOrder, yearNumber } from './date-order.ts';
import { StatisticsInputError } from './statistics-input-error.ts';

/** What table 三 needs of a case. */
export type CaseForStatistics = {
  applicantKind: ApplicantKind;
  /** 收到申请之日 (第三十一条). */
  received: LocalDate;
  /** The day the case was closed (答复 delivered, or ended under （六）), null while open. */
  closedOn: LocalDate | null;
  /** The statistical decision (`statisticalDecision`), null while open; ignored while open. */
  decision: Decision | null;
};

const COLUMNS = APPLICANT_KINDS.length;
const COLUMN_OF: ReadonlyMap<ApplicantKind, number> = new Map(
  APPLICANT_KINDS.map((kind, index) => [kind, index]),
);
/** Count rows: 0 新收, 1 结转 (from last year), 2…22 the decisions in table order, 23 结转下年度. */
const NEWLY = 0;
const CARRIED = 1;
const FIRST_RESULT = 2;
const FORWARD = FIRST_RESULT + DECISIONS.length;

/**
 * Checks a report year.
 * @throws StatisticsInputError INVALID_YEAR
 */
export function assertReportYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) {
    throw new StatisticsInputError('INVALID_YEAR', null, `统计年度应为四位整数年份，而不是 ${String(year)}`);
  }
}

/** The closing year of a valid closed case; throws on inconsistent data. */
function closingYear(record: CaseForStatistics, index: number): number {
  const closed = record.closedOn!;
  const where = `第 ${index + 1} 件申请（收到日期 ${record.received}）`;
  if (record.decision === null) {
    throw new StatisticsInputError(
      'CLOSED_WITHOUT_DECISION',
      index,
      `${where}已于 ${closed} 办结，但没有办理结果，无法统计`,
    );
  }
  if (!DECISION_ORDER.has(record.decision)) {
    throw new StatisticsInputError(
      'UNKNOWN_DECISION',
      index,
      `${where}的办理结果代码「${String(record.decision).slice(0, 40)}」未知`,
    );
  }
  if (dateOrder(closed) < dateOrder(record.received)) {
    throw new StatisticsInputError(
      'CLOSED_BEFORE_RECEIVED',
      index,
      `${where}的办结日期 ${closed} 早于收到日期`,
    );
  }
  return yearNumber(closed);
}

/** Counts per row and column (Int32Array, row-major). */
function countCases(cases: readonly CaseForStatistics[], year: number): Int32Array {
  const counts = new Int32Array((FORWARD + 1) * COLUMNS);
  for (let index = 0; index < cases.length; index += 1) {
    const record = cases[index]!;
    const column = COLUMN_OF.get(record.applicantKind);
    if (column === undefined) {
      throw new StatisticsInputError(
        'UNKNOWN_APPLICANT_KIND',
        index,
        `第 ${index + 1} 件申请的申请人类型「${String(record.applicantKind).slice(0, 40)}」未知`,
      );
    }
    const receivedYear = yearNumber(record.received);
    const closedYear = record.closedOn === null ? null : closingYear(record, index);
    if (receivedYear > year || (closedYear !== null && closedYear < year)) {
      continue; // not yet received, or closed before the year began
    }
    counts[(receivedYear === year ? NEWLY : CARRIED) * COLUMNS + column]! += 1;
    const row = closedYear === year ? FIRST_RESULT + DECISION_ORDER.get(record.decision!)! : FORWARD;
    counts[row * COLUMNS + column]! += 1;
  }
  return counts;
}

/** One row with its 总计 cell. */
function rowOf(counts: Int32Array, row: number): ApplicantRow {
  const cells = Array.from(counts.subarray(row * COLUMNS, (row + 1) * COLUMNS));
  return [...cells, cells.reduce((sum, value) => sum + value, 0)] as ApplicantRow;
}

/** The （七）总计 row: the sum of the result rows. */
function totalRow(counts: Int32Array): ApplicantRow {
  const total = new Int32Array(COLUMNS);
  for (let row = FIRST_RESULT; row < FORWARD; row += 1) {
    for (let column = 0; column < COLUMNS; column += 1) {
      total[column]! += counts[row * COLUMNS + column]!;
    }
  }
  return rowOf(total, 0);
}

/**
 * Table 三 for a report year, from the cases (2021 format).
 * @param cases every case of the organ (any year; those outside the year are skipped)
 * @param year the report year
 * @returns the table, every cell a number
 * @throws StatisticsInputError for a closed case without a decision, closed before it was received,
 *   or with an unknown decision or applicant kind (every case is checked, whatever its year)
 * @example
 * buildApplicationsTable([{ applicantKind: 'naturalPerson', received: localDate('2024-12-30'),
 *   closedOn: localDate('2025-01-20'), decision: 'granted' }], 2025).carriedOver // [1, 0, 0, 0, 0, 0, 1]
 */
export function buildApplicationsTable(cases: readonly CaseForStatistics[], year: number): Applications {
  assertReportYear(year);
  const counts = countCases(cases, year);
  const rows = new Map<string, ApplicantRow>([
    ['newlyReceived', rowOf(counts, NEWLY)],
    ['carriedOver', rowOf(counts, CARRIED)],
    ...DECISIONS.map((decision, index): [string, ApplicantRow] => [
      decision,
      rowOf(counts, FIRST_RESULT + index),
    ]),
    ['total', totalRow(counts)],
    ['carriedForward', rowOf(counts, FORWARD)],
  ]);
  return buildApplications(rows, true);
}
