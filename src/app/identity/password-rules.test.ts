import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORD_COUNT, isCommonPassword } from './common-passwords.ts';
import { checkPasswordRules, COMMON_PASSWORD_MESSAGE } from './password-rules.ts';
import { generatePassword, hashPassword, verifyPassword } from './passwords.ts';

describe('password rules', () => {
  it.each([
    ['is at least 10 characters', 'Ab1-short', '密码至少需要 10 个字符。'],
    ['counts characters, not bytes', '密码密码密码密码密1', null],
    [
      'is not all lower-case letters',
      'abcdefghijkl',
      '密码不能只由一类字符组成，请混合使用字母、数字或符号。',
    ],
    ['is not all digits', '12345678901', '密码不能只由一类字符组成，请混合使用字母、数字或符号。'],
    ['is not all symbols', '!!!!!!!!!!!!', '密码不能只由一类字符组成，请混合使用字母、数字或符号。'],
    ['accepts two classes', 'abcdefghij1', null],
    ['is not the username', 'Li.Ming.2026', null],
    ['is not the username in any case', 'ZHANG.WEI.1', '密码不能与用户名相同。'],
    ['is at most 128 characters', `Aa1${'x'.repeat(130)}`, '密码不能超过 128 个字符。'],
  ])('%s', (_name, password, expected) => {
    expect(checkPasswordRules(password, password.startsWith('ZHANG') ? 'zhang.wei.1' : 'li.ming')).toBe(
      expected,
    );
  });
});

describe('the common-password list', () => {
  it('holds the general list and the Chinese one', () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(49_000);
  });

  it.each([
    'password12',
    'Password1!',
    'qwerty12345',
    'PASSWORD123',
    '123456aa!!',
    'woaini1314',
    'qq12345678',
    'Woaini1314!',
    'a123456789',
    '1qaz2wsx3edc',
    'Iloveyou520',
    '!!Dragon2024',
    'Gongkai@2026',
    'Ｐａｓｓｗｏｒｄ１２', // full-width letters fold to ASCII
    'zhangwei1990',
    'Admin@123456',
    'P@ssw0rd2026',
  ])('refuses %j', (password) => {
    expect(isCommonPassword(password)).toBe(true);
    expect(checkPasswordRules(password, 'li.ming')).toBe(COMMON_PASSWORD_MESSAGE);
  });

  it.each(['123456aa', 'qq123456', 'woaini'])('knows %j (too short for the rules anyway)', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each(['Li.Ming.2026', 'k7Pm-xQ3r-9VtZ-a2Hn', 'Cat-839201746', '博山区政府信息2026', 'Staff-Passw0rd-1'])(
    'accepts %j',
    (password) => {
      expect(isCommonPassword(password)).toBe(false);
      expect(checkPasswordRules(password, 'li.ming')).toBeNull();
    },
  );
});

describe('password hashing', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('Correct-Horse-1');
    expect(hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(await verifyPassword(hash, 'Correct-Horse-1')).toBe(true);
    expect(await verifyPassword(hash, 'correct-horse-1')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('generates one-time passwords that pass the rules and differ every time', () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    expect(new Set(passwords).size).toBe(50);
    for (const p of passwords) {
      expect(p).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
      expect(checkPasswordRules(p)).toBeNull();
    }
  });
});
