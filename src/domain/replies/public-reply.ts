/**
 * A closed case's 答复书 as the portal may show it (「公开此答复」, decision 034): the letter's body,
 * remedies, closing and signature — never the addressee, the 附注 contacts or anything that names
 * the applicant. The applicant's own values (姓名, 证件号码, 电话, 电子邮箱, 住址, 法定代表人, 联系人)
 * are replaced wherever they occur, and every other piece of personal data the publishing checks
 * find (身份证号码, 手机号码, 银行卡号, names next to them) is masked. Pure.
 */
import { DECISION_LABELS, type Decision } from '../case/decisions.ts';
import { maskPersonalData } from '../publishing/checks/personal-data.ts';
import type { FieldErrors } from '../field-errors.ts';

/** The parts of a stored letter the public text is made of. */
export type ReplyLetterParts = {
  paragraphs: readonly string[];
  remedies: readonly string[];
  closing: string;
  signature: { organ: string; date: string };
};

/** What replaces an applicant's value in published text. */
export const APPLICANT_PLACEHOLDER = '（申请人信息已隐去）';

/** The applicant's values that must never be published (from the case's applicant record). */
const APPLICANT_KEYS = [
  'name',
  'idNumber',
  'legalRepresentative',
  'contactPerson',
  'phone',
  'email',
  'address',
  'postcode',
] as const;

/** Longest reply text and summary a person may publish (characters). */
export const MAX_REPLY_TEXT = 20_000;
export const MAX_REQUEST_SUMMARY = 500;

/** The applicant's values worth replacing (strings of at least 2 characters), longest first. */
export function applicantValues(applicant: Record<string, unknown>): string[] {
  return APPLICANT_KEYS.map((key) => applicant[key])
    .filter((v): v is string => typeof v === 'string' && v.trim().length >= 2)
    .map((v) => v.trim())
    .sort((a, b) => b.length - a.length);
}

/**
 * `text` with the applicant's values replaced and other personal data masked.
 * @example maskReplyText('张三：你于…，电话13812345678', ['张三']) // '（申请人信息已隐去）：你于…，电话138****5678'
 */
export function maskReplyText(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) {
    out = out.split(value).join(APPLICANT_PLACEHOLDER);
  }
  return maskPersonalData(out);
}

/** The letter as publishable text (before masking): body, remedies, closing, organ and date. */
export function replyLetterText(letter: ReplyLetterParts): string {
  return [
    ...letter.paragraphs,
    ...letter.remedies,
    letter.closing,
    letter.signature.organ,
    letter.signature.date,
  ]
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The outcome in the statute's words (the 答复 group and item of table 三).
 * @example outcomeText('withheld.stateSecret') // '不予公开：属于国家秘密'
 */
export function outcomeText(decision: Decision): string {
  return DECISION_LABELS[decision].row.replace(/^（[一二三四五六]）/, '').replace(/\s+\d+\./, '：');
}

/** The 「公开此答复」 form as a person submitted it. */
export type PublishReplyForm = { text: string; summary: string };

/**
 * Checks the form: the confirmation ticked, text and summary present and not too long. The
 * checked values are masked again by the caller, whatever the person typed.
 */
export function checkPublishReplyForm(
  form: Record<string, string | undefined>,
): { ok: true; value: PublishReplyForm } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (form.confirmMasked !== 'yes') {
    errors.confirmMasked = '请先核对并勾选“已去除申请人姓名、证件号码、联系电话、住址等个人信息”';
  }
  const text = (form.text ?? '').replace(/\r\n?/g, '\n').trim();
  const summary = (form.summary ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') {
    errors.text = '答复正文不能为空';
  } else if (text.length > MAX_REPLY_TEXT) {
    errors.text = `答复正文不能超过 ${MAX_REPLY_TEXT} 个字符`;
  }
  if (summary === '') {
    errors.summary = '申请内容摘要不能为空';
  } else if (summary.length > MAX_REQUEST_SUMMARY) {
    errors.summary = `申请内容摘要不能超过 ${MAX_REQUEST_SUMMARY} 个字符`;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: { text, summary } };
}
