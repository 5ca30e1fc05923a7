/**
 * Personal data in text that is about to be published (条例第十五条: 个人隐私 is not published without
 * consent): 18-digit resident ID numbers with a valid check character, mobile numbers, bank card
 * numbers that pass the Luhn check, and the names written next to them. Each hit has its position
 * so the page can mark it and mask it in one click. Pure; hits never go to logs.
 */
import { residentIdCheckCharacter } from '../../applicant/id-number.ts';
import { maskIdNumber, maskName, maskPhone } from '../../applicant/mask.ts';
import { COMMON_SURNAMES } from './surnames.ts';

export type PersonalDataKind = 'idNumber' | 'mobile' | 'bankCard' | 'name';
export const PERSONAL_DATA_LABELS = {
  idNumber: '身份证号码',
  mobile: '手机号码',
  bankCard: '银行卡号',
  name: '姓名',
} as const satisfies Record<PersonalDataKind, string>;

export type PersonalDataHit = { kind: PersonalDataKind; start: number; end: number; text: string };

const ID_NUMBER = /(?<![0-9A-Za-z])[1-9]\d{16}[0-9Xx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g;
const CARD = /(?<!\d)(?:\d[\s-]?){15,18}\d(?!\d)/g;
const LABELLED_NAME =
  /(?:姓名|申请人|联系人|当事人|户主)[:：\s]*([\p{Script=Han}]{2,4})(?=[\s,，、;；。:：(（]|$)/gu;
/** How far before or after a number a name is looked for (characters). */
const NAME_REACH = 6;

function isValidResidentId(text: string): boolean {
  return residentIdCheckCharacter(text.slice(0, 17)) === text[17]!.toUpperCase();
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      d = d > 9 ? d - 9 : d;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function matches(
  text: string,
  re: RegExp,
  kind: PersonalDataKind,
  keep: (s: string) => boolean,
): PersonalDataHit[] {
  return [...text.matchAll(re)]
    .filter((m) => keep(m[0]))
    .map((m) => ({ kind, start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** A 2–3 character name starting with a common surname right before `at` (「张三 370…」「张三，电话138…」). */
function nameBefore(text: string, at: number): PersonalDataHit | null {
  const window = text.slice(Math.max(0, at - NAME_REACH), at);
  const m = /([\p{Script=Han}]{2,3})[\s,，:：、（(]*$/u.exec(window);
  if (m === null || !COMMON_SURNAMES.has(m[1]![0]!)) {
    return null;
  }
  const start = at - window.length + m.index;
  return { kind: 'name', start, end: start + m[1]!.length, text: m[1]! };
}

function overlaps(a: PersonalDataHit, b: PersonalDataHit): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Every piece of personal data in `text`, in order, without overlaps.
 * @example findPersonalData('申请人张三，身份证号370304198001011234') // name + idNumber (when the check character fits)
 */
export function findPersonalData(text: string): PersonalDataHit[] {
  const ids = matches(text, ID_NUMBER, 'idNumber', isValidResidentId);
  const mobiles = matches(text, MOBILE, 'mobile', () => true).filter((h) => !ids.some((i) => overlaps(i, h)));
  const cards = matches(text, CARD, 'bankCard', (s) => passesLuhn(s.replace(/\D/g, ''))).filter(
    (h) => ![...ids, ...mobiles].some((o) => overlaps(o, h)),
  );
  const numbers = [...ids, ...mobiles, ...cards];
  const labelled = [...text.matchAll(LABELLED_NAME)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return { kind: 'name' as const, start, end: start + m[1]!.length, text: m[1]! };
  });
  const adjacent = numbers.flatMap((h) => nameBefore(text, h.start) ?? []);
  const names: PersonalDataHit[] = [];
  for (const n of [...labelled, ...adjacent]) {
    if (![...numbers, ...names].some((o) => overlaps(o, n))) {
      names.push(n);
    }
  }
  return [...numbers, ...names].sort((a, b) => a.start - b.start);
}

/** The masked form of one hit. */
export function maskHit(hit: PersonalDataHit): string {
  switch (hit.kind) {
    case 'idNumber':
      return maskIdNumber(hit.text);
    case 'mobile':
      return maskPhone(hit.text.replace(/^\+?86[-\s]?/, '').replace(/[-\s]/g, ''));
    case 'bankCard': {
      const digits = hit.text.replace(/\D/g, '');
      return `${digits.slice(0, 4)}${'*'.repeat(digits.length - 8)}${digits.slice(-4)}`;
    }
    case 'name':
      return maskName(hit.text);
    default: {
      const never: never = hit.kind;
      return never;
    }
  }
}

/**
 * `text` with every hit masked (the one-click mask).
 * @example maskPersonalData('张三 13812345678') // '张* 138****5678'
 */
export function maskPersonalData(
  text: string,
  hits: readonly PersonalDataHit[] = findPersonalData(text),
): string {
  let out = '';
  let at = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    if (hit.start < at) {
      continue;
    }
    out += text.slice(at, hit.start) + maskHit(hit);
    at = hit.end;
  }
  return out + text.slice(at);
}
