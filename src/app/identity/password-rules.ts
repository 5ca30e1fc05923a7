/**
 * The password rules, with the Chinese messages people see. Pure: no hashing, no I/O.
 * At least 10 characters, at most 128 (argon2 hashes whatever it is given; a cap keeps a
 * megabyte "password" from costing a second of CPU), not all of one kind of character, not
 * the username itself (in any case), and not a common password (common-passwords.ts).
 */
import { isCommonPassword } from './common-passwords.ts';

/** The message for a password on (or made from a word on) the common-password list. */
export const COMMON_PASSWORD_MESSAGE =
  '这个密码太常见（或只是在常见密码前后加了数字、符号），很容易被猜中，请换一个不常见的密码。';

/** Shortest allowed password (characters). */
export const PASSWORD_MIN_LENGTH = 10;
/** Longest allowed password (characters). */
export const PASSWORD_MAX_LENGTH = 128;

/** Kinds of characters; a password must use at least two. */
const CLASSES: readonly RegExp[] = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/**
 * Checks a new password.
 * @param password the proposed password
 * @param username the account's username (the password may not be it)
 * @returns a Chinese message when the password breaks a rule, else null
 * @example checkPasswordRules('aaaaaaaaaaaa', 'zhang') // '密码不能只由一类字符组成…'
 */
export function checkPasswordRules(password: string, username = ''): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符。`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符。`;
  }
  // Full-width letters and digits count as what they fold to (NFKC).
  const folded = password.normalize('NFKC');
  if (CLASSES.filter((c) => c.test(folded)).length < 2) {
    return '密码不能只由一类字符组成，请混合使用字母、数字或符号。';
  }
  if (username !== '' && password.toLowerCase() === username.toLowerCase()) {
    return '密码不能与用户名相同。';
  }
  if (isCommonPassword(password)) {
    return COMMON_PASSWORD_MESSAGE;
  }
  return null;
}
