/**
 * The table quantities that report prose commonly quotes, the words that introduce them, and how
 * to read each one from the tables. Used by prose-numbers.ts.
 *
 * Patterns are written against real wording (seed 002: 「共收到政府信息公开申请61件」「作出政府信息公开
 * 申请答复62件(含上年结转3件)」「予以公开40件、部分公开8件、不予公开6件、无法提供8件」「结转下年继续办理
 * 2件」「现行有效规范性文件12件」). Each needs a count unit (件/起/宗) right after the number, so
 * percentages, years and counts of other things (信息6600余条) never match.
 */
import { TOTAL_COLUMN } from '../layout.ts';
import type { AnnualReport, ApplicantRow, Applications, ReviewLitigation } from '../model.ts';

export type QuantityKey =
  | 'newlyReceived'
  | 'carriedOver'
  | 'granted'
  | 'partlyGranted'
  | 'withheld'
  | 'unavailable'
  | 'notProcessed'
  | 'other'
  | 'total'
  | 'carriedForward'
  | 'review'
  | 'litigation'
  | 'normativeDocumentsInForce'
  | 'rulesInForce';

export type ProseQuantity = {
  /** How the table cell is named in messages. */
  readonly tableLabel: string;
  /** The table cell: contract path of the row, and the column key (or applicant column index). */
  readonly row: string;
  readonly column: string;
  /** The table value, or null when it is not a number (then nothing is compared). */
  readonly read: (report: AnnualReport) => number | null;
};

/** A table 三 row's 总计 cell. */
export const totalOf = (row: ApplicantRow): number | null => row[TOTAL_COLUMN] ?? null;

/** The sum of the rows' 总计 cells, or null when any is blank. */
export function sumTotals(rows: readonly ApplicantRow[]): number | null {
  let sum = 0;
  for (const row of rows) {
    const value = totalOf(row);
    if (value === null) {
      return null;
    }
    sum += value;
  }
  return sum;
}

const fromApplications =
  (read: (applications: Applications) => number | null) =>
  (report: AnnualReport): number | null =>
    report.applications ? read(report.applications) : null;

const fromReview =
  (read: (reviewLitigation: ReviewLitigation) => number | null) =>
  (report: AnnualReport): number | null =>
    report.reviewLitigation ? read(report.reviewLitigation) : null;

const inForceOf =
  (row: 'rules' | 'normativeDocuments') =>
  (report: AnnualReport): number | null =>
    report.format === '2021' && report.proactive ? report.proactive[row].inForce : null;

const applicationsCell = (
  row: string,
  label: string,
  read: (a: Applications) => number | null,
): ProseQuantity => ({
  tableLabel: label,
  row,
  column: String(TOTAL_COLUMN),
  read: fromApplications(read),
});

/** Every quantity the prose check knows, with its table location and reader. */
export const PROSE_QUANTITIES = {
  newlyReceived: applicationsCell(
    'newlyReceived',
    '表三「一、本年新收政府信息公开申请数量」行「总计」列',
    (a) => totalOf(a.newlyReceived),
  ),
  carriedOver: applicationsCell('carriedOver', '表三「二、上年结转政府信息公开申请数量」行「总计」列', (a) =>
    totalOf(a.carriedOver),
  ),
  granted: applicationsCell('granted', '表三「（一）予以公开」行「总计」列', (a) => totalOf(a.granted)),
  partlyGranted: applicationsCell('partlyGranted', '表三「（二）部分公开」行「总计」列', (a) =>
    totalOf(a.partlyGranted),
  ),
  withheld: applicationsCell('withheld', '表三「（三）不予公开」各项「总计」列之和', (a) =>
    sumTotals(Object.values(a.withheld)),
  ),
  unavailable: applicationsCell('unavailable', '表三「（四）无法提供」各项「总计」列之和', (a) =>
    sumTotals(Object.values(a.unavailable)),
  ),
  notProcessed: applicationsCell('notProcessed', '表三「（五）不予处理」各项「总计」列之和', (a) =>
    sumTotals(Object.values(a.notProcessed)),
  ),
  other: applicationsCell('other', '表三「（六）其他处理」「总计」列', (a) =>
    Array.isArray(a.other) ? totalOf(a.other) : sumTotals(Object.values(a.other)),
  ),
  total: applicationsCell('total', '表三「（七）总计」行「总计」列', (a) => totalOf(a.total)),
  carriedForward: applicationsCell('carriedForward', '表三「四、结转下年度继续办理」行「总计」列', (a) =>
    totalOf(a.carriedForward),
  ),
  review: {
    tableLabel: '表四「行政复议」「总计」',
    row: 'review',
    column: 'total',
    read: fromReview((r) => r.review.total),
  },
  litigation: {
    tableLabel: '表四「行政诉讼」（未经复议直接起诉、复议后起诉）「总计」之和',
    row: 'litigationDirect',
    column: 'total',
    read: fromReview((r) =>
      r.litigationDirect.total === null || r.litigationAfterReview.total === null
        ? null
        : r.litigationDirect.total + r.litigationAfterReview.total,
    ),
  },
  normativeDocumentsInForce: {
    tableLabel: '表二「行政规范性文件」「现行有效件数」',
    row: 'normativeDocuments',
    column: 'inForce',
    read: inForceOf('normativeDocuments'),
  },
  rulesInForce: {
    tableLabel: '表二「规章」「现行有效件数」',
    row: 'rules',
    column: 'inForce',
    read: inForceOf('rules'),
  },
} as const satisfies Record<QuantityKey, ProseQuantity>;

/** A way the prose introduces a quantity: the words right before the number. */
export type ProsePattern = {
  readonly quantity: QuantityKey;
  /** Regex source of the words before the number (may use look-behind). */
  readonly lead: string;
  /** The sentence must mention 信息公开 (or be in part 四): 行政复议/诉讼 counts of other kinds exist. */
  readonly needsDisclosureContext?: boolean;
  /** The words before the lead that make the quote a different quantity (e.g. 延期答复 is a subset). */
  readonly rejectBefore?: RegExp;
};

/** Result words that can be joined (「予以公开及部分公开258件」): the number then counts both. */
export const JOINED_OUTCOMES = /(予以公开|部分公开|不予(?:以)?公开|无法提供|不予处理|其他处理)[和及与、或]$/;

/** Other subjects that also come as 「收到…N件」「答复…N件」 (proposals, hotline, petitions…). */
export const OTHER_SUBJECTS = /复议|诉讼|建议|提案|信访|投诉|举报|咨询|热线|工单|留言|来信|12345/;

export const PROSE_PATTERNS: readonly ProsePattern[] = [
  {
    quantity: 'newlyReceived',
    lead: String.raw`(?:收到|新收|受理|接收|接到)[^。；;，,！？\d]{0,16}?(?:政府信息公开申请|依申请公开(?:政府信息)?(?:申请)?|政府信息依申请公开(?:申请)?)`,
    rejectBefore: /(?:不予|未|没有)$/,
  },
  { quantity: 'carriedOver', lead: String.raw`上年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?` },
  {
    quantity: 'total',
    lead: String.raw`(?:答复|办结|办理完毕|处理完毕)(?:政府信息公开申请|申请)?`,
    rejectBefore: /(?:延期|逾期|超期|当场)$/,
  },
  { quantity: 'granted', lead: String.raw`(?<!不)(?:予以公开|同意公开)` },
  { quantity: 'partlyGranted', lead: String.raw`部分公开` },
  { quantity: 'withheld', lead: String.raw`不予(?:以)?公开` },
  { quantity: 'unavailable', lead: String.raw`无法提供` },
  { quantity: 'notProcessed', lead: String.raw`不予处理` },
  { quantity: 'other', lead: String.raw`其他处理` },
  {
    quantity: 'carriedForward',
    lead: String.raw`(?:结转|转入)(?:至|到)?下(?:一)?年(?:度)?(?:继续)?(?:办理)?(?:的)?(?:申请)?`,
  },
  {
    quantity: 'review',
    lead: String.raw`行政复议(?:案件|申请)?`,
    needsDisclosureContext: true,
    rejectBefore: /未经$/,
  },
  {
    quantity: 'litigation',
    lead: String.raw`行政诉讼(?:案件)?`,
    needsDisclosureContext: true,
    rejectBefore: /复议[和及与、或]$/,
  },
  { quantity: 'normativeDocumentsInForce', lead: String.raw`现行有效(?:的)?(?:行政)?规范性文件` },
  { quantity: 'rulesInForce', lead: String.raw`现行有效(?:的)?规章` },
];
