/**
 * The sign-in throttle (decision 016). It slows password guessing and hands nobody a lock-out
 * button: every limit is a delay that grows with the attempts and is capped, and the person at a
 * browser that has signed in before (a valid device token) is only ever throttled on that token.
 *
 * | who is asking                     | counted on                         | free | then (doubling, capped) |
 * |-----------------------------------|------------------------------------|------|-------------------------|
 * | a known browser (device token)    | the token                          | 5    | 30 s … 15 min           |
 * | anyone else                       | the username + address pair        | 5    | 30 s … 15 min           |
 * |                                   | the username, over all addresses   | 20   | 5 s … 1 min             |
 * |                                   | the address, over all usernames    | 100  | 1 s … 30 s              |
 *
 * Attempts are admitted BEFORE the password is verified, in one transaction whose statements are
 * each one atomic upsert (admitAttempt): a burst of simultaneous attempts gets no more
 * verifications than the counts allow, and a correct password arriving while a delay runs is not
 * even checked. A correct password gives its attempt back. Keys are hashed: the table holds no
 * usernames or addresses. The address is the socket's peer address (X-Forwarded-For is not
 * trusted: there is no trusted-proxy setting).
 */
import { sha256 } from '../../db/queries/audit.ts';
import {
  admitAttempt,
  clearAttempts,
  findLock,
  refundAttempt,
  type DelayPolicy,
} from '../../db/queries/login-attempts.ts';
import type { Db, Queryable } from '../../db/db.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Per username + address pair, and per known browser: 5 at once, then 30 s doubling to 15 min. */
export const PAIR_POLICY: DelayPolicy = {
  free: 5,
  baseDelayMs: 30 * SECOND,
  maxDelayMs: 15 * MINUTE,
  windowMs: 24 * HOUR,
};
/** Per username over all addresses (unknown browsers only): 20 a day, then 5 s doubling to 1 min. */
export const ACCOUNT_POLICY: DelayPolicy = {
  free: 20,
  baseDelayMs: 5 * SECOND,
  maxDelayMs: MINUTE,
  windowMs: 24 * HOUR,
};
/** Per address over all usernames (unknown browsers only): 100 an hour, then 1 s doubling to 30 s. */
export const ADDRESS_POLICY: DelayPolicy = {
  free: 100,
  baseDelayMs: SECOND,
  maxDelayMs: 30 * SECOND,
  windowMs: HOUR,
};

/** The username as the throttle sees it (and as accounts are looked up). */
export const normalizeUsername = (username: string) => username.trim().toLowerCase();

/** Throttle keys (hashed). */
export const throttleKeys = {
  pair: (username: string, address: string) => `pair:${sha256(`${normalizeUsername(username)}\n${address}`)}`,
  account: (username: string) => `user:${sha256(normalizeUsername(username))}`,
  address: (address: string) => `addr:${sha256(address)}`,
  device: (nonce: string) => `device:${sha256(nonce)}`,
};

/** One counter an attempt is admitted on. */
export type ThrottleCheck = {
  scope: 'device' | 'pair' | 'account' | 'address';
  key: string;
  policy: DelayPolicy;
};

/** What one attempt is counted on: the device token alone, or the pair, the username and the address. */
export function checksFor(username: string, address: string, deviceNonce: string | null): ThrottleCheck[] {
  if (deviceNonce !== null) {
    return [{ scope: 'device', key: throttleKeys.device(deviceNonce), policy: PAIR_POLICY }];
  }
  return [
    { scope: 'pair', key: throttleKeys.pair(username, address), policy: PAIR_POLICY },
    { scope: 'account', key: throttleKeys.account(username), policy: ACCOUNT_POLICY },
    { scope: 'address', key: throttleKeys.address(address), policy: ADDRESS_POLICY },
  ];
}

/** Admitted (with each check's count in its window, this attempt included), or when to come back. */
export type Admission =
  | { isAdmitted: true; counts: ReadonlyMap<ThrottleCheck['scope'], number> }
  | { isAdmitted: false; retryAt: Date };

class Refused extends Error {}

/**
 * Admits an attempt on every check or on none (one transaction; keys in a fixed order, so two
 * processes never wait on each other in a cycle).
 */
export async function admit(db: Db, checks: readonly ThrottleCheck[], now: Date): Promise<Admission> {
  const ordered = [...checks].sort((a, b) => (a.key < b.key ? -1 : 1));
  try {
    const counts = await db.transaction(async (tx) => {
      const taken = new Map<ThrottleCheck['scope'], number>();
      for (const check of ordered) {
        const count = await admitAttempt(tx, check.key, now, check.policy);
        if (count === null) {
          throw new Refused();
        }
        taken.set(check.scope, count);
      }
      return taken;
    });
    return { isAdmitted: true, counts };
  } catch (error) {
    if (!(error instanceof Refused)) {
      throw error;
    }
    const until = await findLock(
      db,
      checks.map((c) => c.key),
      now,
    );
    return { isAdmitted: false, retryAt: until ?? new Date(now.getTime() + SECOND) };
  }
}

/** After a correct password: the pair (or token) starts over; the shared counters get the attempt back. */
export async function forgiveAttempt(db: Queryable, checks: readonly ThrottleCheck[]): Promise<void> {
  for (const check of checks) {
    if (check.scope === 'pair' || check.scope === 'device') {
      await clearAttempts(db, check.key);
    } else {
      await refundAttempt(db, check.key, check.policy);
    }
  }
}
