/**
 * Common passwords, refused when a password is set (NIST SP 800-63B §5.1.1.2: compare against
 * "passwords obtained from previous breach corpuses, dictionary words, context-specific words").
 * The list: the 49,233 entries of @zxcvbn-ts/language-common (ranked leak corpora) plus
 * common-passwords-zh.ts. A password counts as common when, lower-cased and NFKC-folded, it is on
 * the list, or when what is left after stripping digits, punctuation and symbols from its end, its
 * start or both (at least 4 characters) is: 「Password1!」, 「qwerty12345」, 「123456aa!!」,
 * 「!!dragon2024」.
 * Pure: the list is data loaded with the module.
 */
import { dictionary } from '@zxcvbn-ts/language-common';
import { COMMON_PASSWORDS_ZH } from './common-passwords-zh.ts';

const COMMON: ReadonlySet<string> = new Set(
  [...dictionary['passwords-common'], ...COMMON_PASSWORDS_ZH].map((p) => p.toLowerCase()),
);

/** The shortest word the stripped form must keep to count (「cat」+ twelve digits is not refused for 「cat」). */
const MIN_CORE = 4;
const LEADING = /^[\p{N}\p{P}\p{S}\s]+/u;
const TRAILING = /[\p{N}\p{P}\p{S}\s]+$/u;

/** How many entries the list holds (for the documentation and a test). */
export const COMMON_PASSWORD_COUNT = COMMON.size;

/**
 * True when `password` is a common password or a common word dressed with digits and symbols.
 * @example isCommonPassword('Password1!') // true
 * @example isCommonPassword('k7Pm-xQ3r-9VtZ-a2Hn') // false
 */
export function isCommonPassword(password: string): boolean {
  const folded = password.normalize('NFKC').toLowerCase();
  if (COMMON.has(folded)) {
    return true;
  }
  const trimmed = folded.replace(TRAILING, '');
  const cores = [trimmed, folded.replace(LEADING, ''), trimmed.replace(LEADING, '')];
  return cores.some((core) => [...core].length >= MIN_CORE && COMMON.has(core));
}
