/**
 * The password rules, with the Chinese messages people see. Pure: no hashing, no I/O.
 * At least 10 characters, at most 128 (argon2 hashes whatever it is given; a cap keeps a
 * megabyte "password" from costing a second of CPU), not all of one kind of character, and not
 * the username itself (in any case).
 */

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
  if (CLASSES.filter((c) => c.test(password)).length < 2) {
    return '密码不能只由一类字符组成，请混合使用字母、数字或符号。';
  }
  if (username !== '' && password.toLowerCase() === username.toLowerCase()) {
    return '密码不能与用户名相同。';
  }
  return null;
}
