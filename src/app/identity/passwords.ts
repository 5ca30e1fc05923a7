/**
 * Password hashing (argon2id through @node-rs/argon2) and one-time passwords.
 * The hash string carries its own parameters and salt, so parameters can be raised later and old
 * hashes still verify.
 */
import crypto from 'node:crypto';
import { checkPasswordRules } from './password-rules.ts';

// @node-rs/argon2's Algorithm is a const enum (not usable under isolatedModules): 2 = Argon2id.
const ARGON2ID = 2;

/**
 * The native argon2 module, loaded on first use: loading it costs more than a hash, and a start
 * of the server that has its administrator already needs none (decision 013).
 */
const argon2 = () => import('@node-rs/argon2');

/** Hashes a password with argon2id (≈ 20 ms). */
export async function hashPassword(password: string): Promise<string> {
  const { hash } = await argon2();
  return hash(password, { algorithm: ARGON2ID });
}

/** True when `password` matches `passwordHash`; false (never throws) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    const { verify } = await argon2();
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the same time as a real check when the username is unknown, so response times do not
 * tell which usernames exist.
 */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
}

// No 0/O, 1/l/I: the password is read off a screen and typed in.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random one-time password like `k7Pm-xQ3r-9VtZ-a2Hn` (≈ 92 bits), satisfying the rules.
 * @example generatePassword() // 'k7Pm-xQ3r-9VtZ-a2Hn'
 */
export function generatePassword(): string {
  for (;;) {
    const chars = Array.from({ length: 16 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]!);
    const groups = [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join(''));
    const candidate = groups.join('-');
    if (checkPasswordRules(candidate) === null && /[0-9]/.test(candidate) && /[a-zA-Z]/.test(candidate)) {
      return candidate;
    }
  }
}
