/**
 * 联系方式 of an applicant (条例第二十九条 「申请人的…联系方式」): mobile or fixed-line telephone,
 * e-mail and 邮政编码. Each validator normalizes what people type (full-width digits, spaces,
 * brackets around the area code) and explains a mistake in Chinese.
 */

/** A normalized value, or why it is wrong. */
export type ContactResult = { isValid: true; value: string } | { isValid: false; reason: string };

/** A telephone number: which kind it is and its normalized form. */
export type PhoneResult =
  { isValid: true; kind: 'mobile' | 'landline'; value: string } | { isValid: false; reason: string };

/** Longest e-mail address (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;

const invalid = (reason: string): { isValid: false; reason: string } => ({ isValid: false, reason });

/** Full-width to half-width, trimmed. Over 100 characters no number is meant: '' (refused), cheaply. */
const squeeze = (input: string): string => (input.length > 100 ? '' : input.normalize('NFKC').trim());

/**
 * A mainland mobile number: 11 digits 1[3-9]…; a +86 / 0086 prefix, spaces and hyphens are dropped.
 * @example validateMobile('+86 138-0013-8000') // { isValid: true, value: '13800138000' }
 */
export function validateMobile(input: string): ContactResult {
  const digits = squeeze(input)
    .replace(/[\s-]/g, '')
    .replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits)
    ? { isValid: true, value: digits }
    : invalid('手机号码应为以1开头的11位数字');
}

const LANDLINE = /^(0\d{2,3})-?(\d{7,8})(?:(?:-|转|#|ext\.?|x)(\d{1,6}))?$/i;

/**
 * A fixed-line number with its area code (0 + 2–3 digits, then 7–8 digits) and an optional
 * extension; normalized to `0533-4181234` or `0533-4181234转8001`.
 * @example validateLandline('（0533）4181234') // { isValid: true, value: '0533-4181234' }
 */
export function validateLandline(input: string): ContactResult {
  const text = squeeze(input)
    .replace(/^\((0\d{2,3})\)/, '$1-')
    .replace(/\s+/g, '');
  const match = LANDLINE.exec(text);
  if (!match) {
    return invalid('固定电话应包含区号，如 0533-4181234（分机号可写在“转”之后）');
  }
  const extension = match[3] === undefined ? '' : `转${match[3]}`;
  return { isValid: true, value: `${match[1]!}-${match[2]!}${extension}` };
}

/**
 * 联系电话: a mobile or a fixed-line number.
 * @example validatePhone('13800138000') // { isValid: true, kind: 'mobile', value: '13800138000' }
 */
export function validatePhone(input: string): PhoneResult {
  const mobile = validateMobile(input);
  if (mobile.isValid) {
    return { isValid: true, kind: 'mobile', value: mobile.value };
  }
  const landline = validateLandline(input);
  if (landline.isValid) {
    return { isValid: true, kind: 'landline', value: landline.value };
  }
  return invalid('联系电话应为11位手机号码，或带区号的固定电话（如 0533-4181234）');
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A sane e-mail address: one @, an ASCII local part of at most 64 characters without leading,
 * trailing or doubled dots, a domain of at least two labels with a top-level domain of letters;
 * at most 254 characters. The domain is lower-cased.
 * @example validateEmail('Zhang.San@Example.COM') // { isValid: true, value: 'Zhang.San@example.com' }
 */
export function validateEmail(input: string): ContactResult {
  if (input.length > MAX_EMAIL_LENGTH * 4) {
    return invalid(`电子邮箱不能超过 ${MAX_EMAIL_LENGTH} 个字符`);
  }
  const text = input.normalize('NFKC').trim();
  if (text.length > MAX_EMAIL_LENGTH) {
    return invalid(`电子邮箱不能超过 ${MAX_EMAIL_LENGTH} 个字符`);
  }
  const parts = text.split('@');
  if (parts.length !== 2) {
    return invalid('电子邮箱应包含且只包含一个 @，如 name@example.com');
  }
  const [local, rawDomain] = parts as [string, string];
  const domain = rawDomain.toLowerCase();
  if (local.length === 0 || local.length > 64 || !LOCAL_PART.test(local)) {
    return invalid('电子邮箱 @ 之前的部分格式不正确');
  }
  const labels = domain.split('.');
  const topLevel = labels[labels.length - 1] ?? '';
  if (
    labels.length < 2 ||
    !labels.every((label) => DOMAIN_LABEL.test(label)) ||
    !/^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(topLevel)
  ) {
    return invalid('电子邮箱 @ 之后的域名格式不正确，如 example.com');
  }
  return { isValid: true, value: `${local}@${domain}` };
}

/**
 * 邮政编码: 6 digits.
 * @example validatePostcode('２５５２００') // { isValid: true, value: '255200' }
 */
export function validatePostcode(input: string): ContactResult {
  const digits = squeeze(input).replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? { isValid: true, value: digits } : invalid('邮政编码应为6位数字');
}
