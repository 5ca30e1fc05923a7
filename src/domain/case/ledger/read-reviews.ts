/**
 * The 行政复议 and 行政诉讼 columns of a ledger row (table 四 of the annual report). A result given
 * without the yes/no column means yes; 「是」 without a result is an error (table 四 has no
 * “unknown” cell). A 行政诉讼 after a 行政复议 in the same row is 复议后起诉, else 未经复议直接起诉,
 * unless the cell says which.
 */
import { REVIEW_RESULT_LABELS, type ReviewKind } from '../events.ts';
import type { LocalDate } from '../../calendar/local-date.ts';
import { choiceKey, readYesNo, REVIEW_RESULT_CHOICES } from './ledger-choices.ts';
import type { LedgerColumnKey } from './ledger-columns.ts';
import type { LedgerReview } from './ledger-case.ts';
import { quote, type RowReader } from './row-reader.ts';

type Columns = {
  flag: LedgerColumnKey;
  result: LedgerColumnKey;
  body: LedgerColumnKey;
  filedOn: LedgerColumnKey;
  label: string;
  bodyLabel: string;
};

const REVIEW: Columns = {
  flag: 'review',
  result: 'reviewResult',
  body: 'reviewBody',
  filedOn: 'reviewFiledOn',
  label: '行政复议',
  bodyLabel: '复议机关',
};
const LITIGATION: Columns = {
  flag: 'litigation',
  result: 'litigationResult',
  body: 'litigationBody',
  filedOn: 'litigationFiledOn',
  label: '行政诉讼',
  bodyLabel: '审理法院',
};

const DIRECT = new Set(['直接起诉', '未经复议直接起诉'].map(choiceKey));
const AFTER_REVIEW = new Set(['复议后起诉', '经复议后起诉'].map(choiceKey));

/** Whether the row records one; for 行政诉讼 also which kind when the cell says so. */
function readFlag(r: RowReader, columns: Columns): { isFiled: boolean; kind: ReviewKind | null } | null {
  const text = r.cell(columns.flag);
  const key = choiceKey(text);
  if (columns === LITIGATION && (DIRECT.has(key) || AFTER_REVIEW.has(key))) {
    return { isFiled: true, kind: DIRECT.has(key) ? 'litigationDirect' : 'litigationAfterReview' };
  }
  const isFiled = readYesNo(text);
  if (isFiled === null) {
    const extra = columns === LITIGATION ? '，或“直接起诉”“复议后起诉”' : '';
    return r.fail(columns.flag, `「${quote(text)}」无法识别，请填写“是”或“否”${extra}`);
  }
  return { isFiled, kind: null };
}

function readOne(
  r: RowReader,
  columns: Columns,
  fallbackOn: LocalDate,
  received: LocalDate,
): { kind: ReviewKind | null; review: Omit<LedgerReview, 'kind'> } | null {
  const flag = readFlag(r, columns);
  const result = r.choice(columns.result, REVIEW_RESULT_CHOICES);
  const hasResultText = r.cell(columns.result) !== '';
  if (flag === null || (hasResultText && result === null)) {
    return null;
  }
  const isFiled = flag.isFiled || hasResultText;
  if (!isFiled) {
    return null;
  }
  if (r.cell(columns.flag) !== '' && !flag.isFiled) {
    return r.fail(columns.result, `「${columns.label}」填写了“否”，却有${columns.label}结果`);
  }
  if (result === null) {
    return r.fail(
      columns.result,
      `请填写${columns.label}结果（${Object.values(REVIEW_RESULT_LABELS).join('、')}）`,
    );
  }
  const body = r.text(columns.body, { label: columns.bodyLabel, maxLength: 100 }, false) ?? '';
  let filedOn = r.date(columns.filedOn, { date: received, label: '收到申请日期' });
  if (filedOn === null && r.cell(columns.filedOn) === '') {
    r.note(columns.filedOn, `未填写${columns.label}日期，按 ${fallbackOn} 记录`);
    filedOn = fallbackOn;
  }
  return filedOn === null ? null : { kind: flag.kind, review: { result, body, filedOn } };
}

/**
 * @param fallbackOn the date recorded when the ledger gives none (the reply date, else the receipt)
 * @returns the 行政复议 and 行政诉讼 of the row (errors are in the reader)
 */
export function readReviews(r: RowReader, received: LocalDate, fallbackOn: LocalDate): LedgerReview[] {
  const reviews: LedgerReview[] = [];
  const review = readOne(r, REVIEW, fallbackOn, received);
  if (review) {
    reviews.push({ kind: 'review', ...review.review });
  }
  const litigation = readOne(r, LITIGATION, fallbackOn, received);
  if (litigation) {
    reviews.push({
      kind: litigation.kind ?? (review ? 'litigationAfterReview' : 'litigationDirect'),
      ...litigation.review,
    });
  }
  return reviews;
}
