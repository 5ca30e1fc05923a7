/**
 * Device tokens ("device cookies", OWASP: Slow Down Online Guessing Attacks with Device Cookies):
 * after a correct password the browser gets a token bound to the username, signed with the server
 * secret. A sign-in that presents a valid token for the username it names is throttled on that
 * token alone, so what strangers do to the account (guessing from any number of addresses) never
 * slows the person at their own browser. The token holds no name and grants nothing by itself:
 * the password is still checked. Decision 016.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { loadCsrfSecret, tokensEqual } from './csrf-tokens.ts';

const TOKEN_PATTERN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/** How long a browser stays known (days). */
export const DEVICE_TOKEN_DAYS = 180;

const mac = (secret: string, username: string, nonce: string) =>
  crypto.createHmac('sha256', secret).update(`gk-device\n${username}\n${nonce}`).digest('base64url');

/** The server secret the tokens are signed with (the CSRF secret, under its own label). */
export const loadDeviceSecret = (db: Queryable): Promise<string> => loadCsrfSecret(db);

/**
 * A new token for `username` (already normalized: trimmed, lower case).
 * @example issueDeviceToken(secret, 'li.ming') // 'q3V…22 chars….Jx9…43 chars…'
 */
export function issueDeviceToken(secret: string, username: string): string {
  const nonce = crypto.randomBytes(16).toString('base64url');
  return `${nonce}.${mac(secret, username, nonce)}`;
}

/**
 * The token's nonce when `token` was issued by this server for `username`, else null.
 * @example deviceNonceOf(secret, 'li.ming', issueDeviceToken(secret, 'li.ming')) // 'q3V…'
 */
export function deviceNonceOf(secret: string, username: string, token: string | undefined): string | null {
  const match = token === undefined ? null : TOKEN_PATTERN.exec(token);
  return match !== null && tokensEqual(match[2]!, mac(secret, username, match[1]!)) ? match[1]! : null;
}
