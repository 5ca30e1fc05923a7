/**
 * CSRF tokens for forms shown to people who are not signed in (登录, the public report checker):
 * double submit, with the form token an HMAC of the random `gk_csrf` cookie under a server secret.
 * An attacker who plants a cookie still cannot compute the matching form value. The secret lives
 * in the `settings` table so that every app process on one database agrees.
 * (Signed-in people use their session's own token instead.)
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { ensureSetting } from '../../db/queries/settings.ts';

const SECRET_KEY = 'csrf_secret';

/**
 * The server's CSRF secret, created on first use. Two processes racing both insert-or-ignore and
 * then read the same winner.
 */
export async function loadCsrfSecret(db: Queryable): Promise<string> {
  return ensureSetting(db, SECRET_KEY, crypto.randomBytes(32).toString('hex'));
}

/** A fresh random value for the `gk_csrf` cookie. */
export function newCsrfCookieValue(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/**
 * The form token belonging to a cookie value.
 * @example csrfTokenFor(secret, cookie) // 43 base64url characters
 */
export function csrfTokenFor(secret: string, cookieValue: string): string {
  return crypto.createHmac('sha256', secret).update(`gk-csrf\n${cookieValue}`).digest('base64url');
}

/** Compares two tokens in constant time. */
export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && crypto.timingSafeEqual(x, y);
}
