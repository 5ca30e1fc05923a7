/**
 * One ledger row → the case it records, or its errors. Rules:
 * - 收到申请日期 is required, not after today and not before 2008-05-01 (the 2007 条例 took effect);
 * - 办理结果 and 答复日期 go together (both: closed; neither: still open), and the reply is not
 *   earlier than the receipt;
 * - a channel or result the platform does not know is an error listing the accepted words;
 * - an extension is at most the statutory maximum (第三十三条第二款: 20 工作日; 2007 条例: 15).
 */
import { compareDates, type LocalDate } from '../../calendar/local-date.ts';
import { periodVersionFor } from '../../deadlines/statutory-periods.ts';
import { cleanText, type TextRule } from '../../applicant/field-text.ts';
import type { IntakeChannel } from '../channels.ts';
import {
  CHANNEL_CHOICES,
  choiceKey,
  DECISION_CHOICES,
  DECISION_GROUP_WORDS,
  DEFAULT_DELIVERY,
  DELIVERY_CHOICES,
  readYesNo,
} from './ledger-choices.ts';
import type { LedgerCase, LedgerIssue, LedgerRow } from './ledger-case.ts';
import { readApplicant } from './read-applicant.ts';
import { readReviews } from './read-reviews.ts';
import { EARLIEST_RECEIPT, quote, RowReader } from './row-reader.ts';

/** The case of a row (null when it has errors), its errors and its notes. */
export type ParsedLedgerRow = { case: LedgerCase | null; errors: LedgerIssue[]; notes: LedgerIssue[] };

const MAX_CASE_NUMBER_LENGTH = 60;
const MAX_CONTENT_LENGTH = 2000;

function readResult(
  r: RowReader,
  channel: IntakeChannel | null,
  received: LocalDate | null,
): LedgerCase['closing'] | undefined {
  const text = r.cell('result');
  const group = DECISION_GROUP_WORDS.has(choiceKey(text));
  if (group) {
    r.fail(
      'result',
      `「${quote(text)}」只写了大类，请写明年报表三的具体情形，如「不予公开-国家秘密」「无法提供-本机关不掌握相关政府信息」`,
    );
  }
  const decision = group ? null : r.choice('result', DECISION_CHOICES);
  const closedOn =
    received === null ? null : r.date('closedOn', { date: received, label: `收到申请日期（${received}）` });
  if (text !== '' && r.cell('closedOn') === '') {
    r.fail('closedOn', '填写了办理结果但没有答复日期（已办结的请同时填写答复日期，未办结的两项都留空）');
  }
  if (text === '' && r.cell('closedOn') !== '') {
    r.fail('result', '填写了答复日期但没有办理结果（已办结的请同时填写办理结果，未办结的两项都留空）');
  }
  const method = r.choice('deliveryMethod', DELIVERY_CHOICES);
  if (decision === null || closedOn === null || channel === null) {
    return text === '' && r.cell('closedOn') === '' ? null : undefined;
  }
  return { decision, closedOn, deliveryMethod: method ?? DEFAULT_DELIVERY[channel] };
}

function readExtension(
  r: RowReader,
  received: LocalDate,
  closedOn: LocalDate | null,
): LedgerCase['extension'] | undefined {
  const flag = readYesNo(r.cell('extended'));
  if (flag === null) {
    r.fail('extended', `「${quote(r.cell('extended'))}」无法识别，请填写“是”或“否”`);
    return undefined;
  }
  const maxDays = periodVersionFor(received).extensionDays;
  const daysText = r.cell('extensionDays').normalize('NFKC');
  if (!flag && daysText === '') {
    return null;
  }
  const days = daysText === '' ? maxDays : /^\d{1,2}$/.test(daysText) ? Number(daysText) : NaN;
  if (!(days >= 1 && days <= maxDays)) {
    r.fail('extensionDays', `延期天数应为 1 至 ${maxDays} 之间的整数（工作日）`);
    return undefined;
  }
  const on = r.date('extendedOn', { date: received, label: `收到申请日期（${received}）` });
  if (on !== null && closedOn !== null && compareDates(on, closedOn) > 0) {
    r.fail('extendedOn', `延期日期 ${on} 晚于答复日期 ${closedOn}`);
    return undefined;
  }
  if (on === null && r.cell('extendedOn') === '') {
    r.note('extendedOn', `未填写延期日期，按收到申请日期 ${received} 记录`);
  }
  return on === null && r.cell('extendedOn') !== '' ? undefined : { days, on: on ?? received };
}

const CASE_NUMBER_RULE: TextRule = { label: '案件编号', maxLength: MAX_CASE_NUMBER_LENGTH };

/**
 * A case number as stored and compared (spaces folded, invisible characters dropped); '' when empty or unusable.
 * @example caseNumberKey(' 博教公开〔2024〕 3号 ') // '博教公开〔2024〕 3号'
 */
export function caseNumberKey(text: string | undefined): string {
  const cleaned = cleanText(text, CASE_NUMBER_RULE);
  return cleaned.isValid ? (cleaned.value ?? '') : '';
}

/**
 * @param today the date of the import (dates after it are refused)
 * @example parseLedgerRow({ line: 2, cells: { receivedOn: '2024-03-05', channel: '网上', applicantKind: '自然人', applicantName: '张三', content: '2023年财政决算' }, problems: [] }, today).case?.closing // null
 */
export function parseLedgerRow(row: LedgerRow, today: LocalDate): ParsedLedgerRow {
  const r = new RowReader(row, today);
  const caseNumber = r.text('caseNumber', CASE_NUMBER_RULE, false);
  const receivedOn = r.date('receivedOn', { date: EARLIEST_RECEIPT, label: '2008年5月1日（条例施行之日）' });
  if (r.cell('receivedOn') === '') {
    r.fail('receivedOn', '请填写收到申请日期');
  }
  const channel = r.choice('channel', CHANNEL_CHOICES);
  if (r.cell('channel') === '') {
    r.fail('channel', '请填写申请渠道');
  }
  const applicant = readApplicant(r);
  const content = r.text(
    'content',
    { label: '申请内容', maxLength: MAX_CONTENT_LENGTH, minLength: 2, isMultiline: true },
    true,
  );
  const closing = readResult(r, channel, receivedOn);
  const extension = receivedOn === null ? undefined : readExtension(r, receivedOn, closing?.closedOn ?? null);
  const reviews = receivedOn === null ? [] : readReviews(r, receivedOn, closing?.closedOn ?? receivedOn);
  if (
    r.errors.length > 0 ||
    receivedOn === null ||
    channel === null ||
    applicant === null ||
    content === null ||
    closing === undefined ||
    extension === undefined
  ) {
    return { case: null, errors: r.errors, notes: r.notes };
  }
  return {
    case: {
      line: row.line,
      caseNumber,
      receivedOn,
      channel,
      applicant,
      content,
      closing,
      extension,
      reviews,
    },
    errors: [],
    notes: r.notes,
  };
}
