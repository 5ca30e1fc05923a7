/**
 * Refuses input no lawful letter can be written from, before any text is built. Checks what the
 * letter itself needs (names, the items, the reasons the 条例 requires, dates in order); whether a
 * date is the right one (7 working days for 补正, 15 for consultation) is the deadline engine's job.
 */
import { compareDates } from '../calendar/local-date.ts';
import type { LocalDate } from '../calendar/local-date.ts';
import { decisionGroup } from '../case/decisions.ts';
import { dateText, present } from './letter-text.ts';
import type { FeePayload, LetterInput, ReplyItem } from './letter-input.ts';
import { LetterInputError } from './letter-input-error.ts';

/** 第三十三条第二款: 「延长的期限最长不得超过20个工作日」. */
export const MAX_EXTENSION_DAYS = 20;

function requireText(value: string | undefined, what: string): void {
  if (value === undefined || value.trim() === '') {
    throw new LetterInputError('BLANK_FIELD', `${what}不能为空`);
  }
}

function requireAfterLetter(input: LetterInput, date: LocalDate, what: string): void {
  if (compareDates(date, input.letterDate) <= 0) {
    throw new LetterInputError(
      'DATE_ORDER',
      `${what}（${dateText(date)}）应晚于告知书日期（${dateText(input.letterDate)}）`,
    );
  }
}

function validateFee(input: LetterInput, fee: FeePayload): void {
  const cents = fee.amountYuan * 100;
  if (!Number.isFinite(fee.amountYuan) || fee.amountYuan <= 0 || Math.abs(cents - Math.round(cents)) > 1e-6) {
    throw new LetterInputError(
      'FEE_AMOUNT',
      `收费金额应为大于零的金额（元，最多两位小数），而不是 ${fee.amountYuan}`,
    );
  }
  if (fee.breakdown.filter((line) => line.trim() !== '').length === 0) {
    throw new LetterInputError('NO_BREAKDOWN', '收费通知应列明收费标准和计算明细');
  }
  requireText(fee.paymentInstructions, '缴费方式');
  requireAfterLetter(input, fee.payBy, '缴费期限');
}

const REASON_NEEDED = (item: ReplyItem): boolean =>
  item.decision === 'partlyGranted' ||
  item.decision === 'other.other' ||
  decisionGroup(item.decision) === 'withheld';

function validateItem(item: ReplyItem, number: number): void {
  const which = `第${number}项`;
  requireText(item.description, `答复${which}的申请内容`);
  if (REASON_NEEDED(item) && present(item.reason) === undefined) {
    throw new LetterInputError('REASON_REQUIRED', `答复${which}为不予公开、部分公开或其他处理，应当说明理由`);
  }
  const mismatch =
    (present(item.publishedAt) !== undefined && item.decision !== 'granted') ||
    ((present(item.withheldPart) !== undefined || item.withheldGround !== undefined) &&
      item.decision !== 'partlyGranted') ||
    (present(item.referTo) !== undefined && item.decision !== 'unavailable.notHeld');
  if (mismatch) {
    throw new LetterInputError(
      'FIELD_MISMATCH',
      `答复${which}填写了与处理决定不符的内容（已公开途径、不予公开部分或负责机关）`,
    );
  }
}

function validateReply(items: readonly ReplyItem[]): void {
  if (items.length === 0) {
    throw new LetterInputError('NO_ITEMS', '答复书至少应当答复一项申请内容');
  }
  items.forEach((item, index) => validateItem(item, index + 1));
}

function validatePayload(input: LetterInput): void {
  const payload = input.payload;
  switch (payload.kind) {
    case 'correctionNotice':
      if (payload.missing.filter((line) => line.trim() !== '').length === 0) {
        throw new LetterInputError('NO_MISSING', '补正告知书应当一次性列明需要补正的事项');
      }
      requireAfterLetter(input, payload.correctBy, '补正期限');
      return;
    case 'extensionNotice':
      if (!Number.isInteger(payload.days) || payload.days < 1 || payload.days > MAX_EXTENSION_DAYS) {
        throw new LetterInputError(
          'EXTENSION_DAYS',
          `延长答复期限应为1至${MAX_EXTENSION_DAYS}个工作日，而不是 ${payload.days}`,
        );
      }
      requireAfterLetter(input, payload.newDue, '延长后的答复期限');
      return;
    case 'thirdPartyConsultation':
    case 'coProducerConsultation':
      requireText(payload.partyName, '被征求意见方名称');
      requireText(payload.matter, '征求意见事项');
      requireAfterLetter(input, payload.answerBy, '提出意见的期限');
      return;
    case 'feeNotice':
      validateFee(input, payload);
      return;
    case 'reasonsRequest':
      requireAfterLetter(input, payload.answerBy, '说明理由的期限');
      return;
    case 'deferralNotice':
      requireText(payload.reason, '延迟答复的原因');
      requireAfterLetter(input, payload.replyBy, '延迟答复的期限');
      return;
    case 'reply':
      validateReply(payload.items);
      return;
    default: {
      const unknownKind: never = payload;
      throw new Error(`unknown letter kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/**
 * Checks a letter's input.
 * @throws LetterInputError with a Chinese message when no lawful letter can be written from it
 * @example validateLetterInput({ ...input, payload: { kind: 'reply', items: [] } }) // throws NO_ITEMS
 */
export function validateLetterInput(input: LetterInput): void {
  requireText(input.organ.name, '行政机关名称');
  requireText(input.organ.officeName, '政府信息公开工作机构名称');
  requireText(input.caseNumber, '案件编号');
  requireText(input.applicant.name, '申请人姓名或名称');
  requireText(input.application.summary, '申请内容');
  if (compareDates(input.letterDate, input.application.received) < 0) {
    throw new LetterInputError(
      'DATE_ORDER',
      `告知书日期（${dateText(input.letterDate)}）早于收到申请之日（${dateText(input.application.received)}）`,
    );
  }
  validatePayload(input);
}
