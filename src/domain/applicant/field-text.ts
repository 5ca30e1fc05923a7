/**
 * Cleaning free text typed into the application form (names, addresses, descriptions): trim,
 * NFC-normalize, refuse invisible control characters (including the bidi overrides used to make
 * text read differently from how it is stored), cap the length. Lengths count characters (code
 * points), as 「不能超过 50 个字」 means to a user.
 */

/** Which characters a field allows. */
export type TextCharset = 'personName' | 'organizationName' | 'any';

export type TextRule = {
  /** The field's name in messages, e.g. 申请人姓名. */
  readonly label: string;
  readonly maxLength: number;
  readonly minLength?: number;
  /** Keeps line breaks (multi-line fields); other fields fold all whitespace runs to one space. */
  readonly isMultiline?: boolean;
  readonly charset?: TextCharset;
};

/** The cleaned text (null when nothing but whitespace was given), or why it is refused. */
export type TextResult = { isValid: true; value: string | null } | { isValid: false; reason: string };

/** True when the text holds a C0 or C1 control other than tab, line feed and carriage return, or DEL. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) {
      return true;
    }
  }
  return false;
}
/** Bidirectional embedding, override and isolate controls, and the invisible direction marks. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Zero-width characters with no meaning in Chinese text, dropped silently (paste residue). */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/gu;
/** A surrogate half without its partner: not text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const CHARSETS = {
  // Letters and combining marks, spaces, 间隔号 (· ・ •), dots, hyphens and apostrophes:
  // 张三, 欧阳娜娜, 阿卜杜拉·艾则孜, Mary-Jane O'Neil.
  personName: { pattern: /^[\p{L}\p{M}\p{Zs}·・•.'’-]+$/u, allowed: '文字、空格、间隔号（·）、连字符或撇号' },
  // Names as registered: letters, digits, punctuation (brackets, 、, &), spaces; no emoji or symbols.
  organizationName: { pattern: /^[\p{L}\p{M}\p{N}\p{P}\p{Zs}]+$/u, allowed: '文字、数字、标点和空格' },
  any: { pattern: /^[^]*$/u, allowed: '' },
} as const satisfies Record<TextCharset, { pattern: RegExp; allowed: string }>;

const refuse = (reason: string): TextResult => ({ isValid: false, reason });

/**
 * Cleans one text field.
 * @param raw the submitted value (undefined when the field was absent)
 * @param rule label, limits and allowed characters
 * @example cleanText('  张三 ', { label: '申请人姓名', maxLength: 50, charset: 'personName' }) // { isValid: true, value: '张三' }
 * @example cleanText('张\u202E三', { label: '申请人姓名', maxLength: 50 }) // { isValid: false, reason: '申请人姓名含有不可见的文字方向控制字符，请删除后重新填写' }
 */
export function cleanText(raw: string | undefined, rule: TextRule): TextResult {
  const tooLong = `${rule.label}不能超过 ${rule.maxLength} 个字`;
  if (raw === undefined) {
    return { isValid: true, value: null };
  }
  // A code point is at most 2 UTF-16 units; far beyond that is refused before any work on it.
  if (raw.length > rule.maxLength * 4 + 1000) {
    return refuse(tooLong);
  }
  if (LONE_SURROGATE.test(raw) || hasControlCharacter(raw)) {
    return refuse(`${rule.label}含有不可见的控制字符，请删除后重新填写`);
  }
  if (BIDI.test(raw)) {
    return refuse(`${rule.label}含有不可见的文字方向控制字符，请删除后重新填写`);
  }
  const normalized = raw.normalize('NFC').replace(ZERO_WIDTH, '');
  const value =
    rule.isMultiline === true
      ? normalized
          .replace(/\r\n?/g, '\n')
          .replace(/[^\S\n]+/g, ' ')
          .replace(/ *\n */g, '\n')
          .trim()
      : normalized.replace(/\s+/g, ' ').trim();
  if (value === '') {
    return { isValid: true, value: null };
  }
  const length = [...value].length;
  if (length > rule.maxLength) {
    return refuse(tooLong);
  }
  if (rule.minLength !== undefined && length < rule.minLength) {
    return refuse(`${rule.label}至少 ${rule.minLength} 个字`);
  }
  const charset = CHARSETS[rule.charset ?? 'any'];
  if (!charset.pattern.test(value)) {
    return refuse(`${rule.label}只能包含${charset.allowed}`);
  }
  return { isValid: true, value };
}
