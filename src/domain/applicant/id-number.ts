/**
 * 身份证明 of a natural person applicant (条例第二十九条 「申请人的…身份证明」): the document type and
 * its number. The 居民身份证 is checked in full (GB 11643-1999 《公民身份号码》); the other documents
 * a foreigner or a resident of 港澳台 holds get a lighter format check, since their numbering is not
 * public in enough detail to verify.
 */
import { compareDates, parseLocalDate, type LocalDate } from '../calendar/local-date.ts';

/** Document types accepted as 身份证明 (stored codes). */
export const ID_TYPES = [
  'residentIdCard',
  'passport',
  'hkMacaoPermit',
  'taiwanPermit',
  'foreignPermanentResidentCard',
] as const;
/** A document type code. */
export type IdType = (typeof ID_TYPES)[number];

/** The documents' names as printed on them. */
export const ID_TYPE_LABELS = {
  residentIdCard: '居民身份证',
  passport: '护照',
  hkMacaoPermit: '港澳居民来往内地通行证',
  taiwanPermit: '台湾居民来往大陆通行证',
  foreignPermanentResidentCard: '外国人永久居留身份证',
} as const satisfies Record<IdType, string>;

/** The normalized number, or why it is wrong (Chinese). */
export type IdNumberResult =
  { isValid: true; idType: IdType; number: string } | { isValid: false; reason: string };

/** Weights of positions 1–17: 2^(18−i) mod 11 (GB 11643-1999 §8.2, ISO 7064 MOD 11-2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for each value of Σ mod 11. */
const CHECK_CHARACTERS = '10X98765432';

/**
 * The check character (第18位) of a 公民身份号码, or null when `first17` is not 17 digits.
 * @example residentIdCheckCharacter('11010519491231002') // 'X'
 */
export function residentIdCheckCharacter(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) {
    return null;
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17[i]) * WEIGHTS[i]!;
  }
  return CHECK_CHARACTERS[sum % 11]!;
}

/**
 * What people type or paste, made comparable: full-width to half-width (NFKC), upper case, spaces,
 * hyphens and brackets removed.
 * @example normalizeIdNumber('１１０１０５ 19491231 002x') // '11010519491231002X'
 */
export function normalizeIdNumber(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\s\-()（）]/g, '')
    .toUpperCase();
}

const invalid = (reason: string): IdNumberResult => ({ isValid: false, reason });

/** The 8-digit birth date (positions 7–14) as a date, or null when it is not a real date. */
function birthDateOf(number: string): LocalDate | null {
  return parseLocalDate(`${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`);
}

function checkResidentId(number: string, today: LocalDate): IdNumberResult {
  if (number.length === 15 && /^\d{15}$/.test(number)) {
    return invalid('15位的旧居民身份证号码已停止使用，请填写18位号码');
  }
  if (number.length !== 18) {
    return invalid(`居民身份证号码应为18位，当前为${number.length}位`);
  }
  if (!/^\d{17}[\dX]$/.test(number)) {
    return invalid('居民身份证号码前17位应为数字，第18位为数字或 X');
  }
  if (!/^[1-8]/.test(number)) {
    return invalid(`居民身份证号码第1位（行政区划代码）应为1至8，而不是 ${number[0]!}`);
  }
  const birth = birthDateOf(number);
  if (birth === null) {
    return invalid(`居民身份证号码中的出生日期 ${number.slice(6, 14)} 不是有效日期`);
  }
  if (compareDates(birth, today) > 0) {
    return invalid(`居民身份证号码中的出生日期 ${number.slice(6, 14)} 晚于今天`);
  }
  const expected = residentIdCheckCharacter(number.slice(0, 17))!;
  if (number[17] !== expected) {
    return invalid(`身份证号码校验位不正确，应为 ${expected}`);
  }
  return { isValid: true, idType: 'residentIdCard', number };
}

/** Light format checks: the pattern and a Chinese description of it. */
const LIGHT_FORMATS = {
  passport: { pattern: /^[A-Z0-9]{5,20}$/, format: '5至20位字母或数字' },
  hkMacaoPermit: { pattern: /^[HM]\d{8}(\d{2})?$/, format: 'H 或 M 开头加8位数字（可带2位换证次数）' },
  taiwanPermit: { pattern: /^(\d{8}|\d{10}[A-Z]?)$/, format: '8位数字（旧版为10位数字，可带1位字母）' },
  foreignPermanentResidentCard: {
    pattern: /^([A-Z]{3}\d{12}|9\d{16}[\dX])$/,
    format: '15位（3位字母加12位数字）或以9开头的18位号码',
  },
} as const satisfies Record<Exclude<IdType, 'residentIdCard'>, { pattern: RegExp; format: string }>;

function checkLight(idType: Exclude<IdType, 'residentIdCard'>, number: string): IdNumberResult {
  const { pattern, format } = LIGHT_FORMATS[idType];
  if (!pattern.test(number)) {
    return invalid(`${ID_TYPE_LABELS[idType]}号码应为${format}`);
  }
  // The 2023 外国人永久居留身份证 uses the same check character as the 居民身份证.
  if (number.length === 18 && number[17] !== residentIdCheckCharacter(number.slice(0, 17))) {
    return invalid(
      `${ID_TYPE_LABELS[idType]}号码校验位不正确，应为 ${residentIdCheckCharacter(number.slice(0, 17))!}`,
    );
  }
  return { isValid: true, idType, number };
}

/**
 * Validates the number of a 身份证明 document and explains a mistake in Chinese.
 * @param idType the document type
 * @param input the number as typed (full-width digits, spaces and a lower-case x are accepted)
 * @param today the local date (a birth date after it is refused)
 * @example validateIdNumber('residentIdCard', '11010519491231002X', localDate('2025-06-01')) // { isValid: true, idType: 'residentIdCard', number: '11010519491231002X' }
 * @example validateIdNumber('residentIdCard', '110105194912310021', localDate('2025-06-01')) // { isValid: false, reason: '身份证号码校验位不正确，应为 X' }
 */
export function validateIdNumber(idType: IdType, input: string, today: LocalDate): IdNumberResult {
  const number = normalizeIdNumber(input);
  if (number === '') {
    return invalid(`请填写${ID_TYPE_LABELS[idType]}号码`);
  }
  if (number.length > 40) {
    return invalid(`${ID_TYPE_LABELS[idType]}号码过长`);
  }
  return idType === 'residentIdCard' ? checkResidentId(number, today) : checkLight(idType, number);
}

/** True for a known document type code. */
export function isIdType(value: string): value is IdType {
  return (ID_TYPES as readonly string[]).includes(value);
}
