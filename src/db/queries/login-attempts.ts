/**
 * Failed sign-in counters per key (a hashed username or client address), in the database so that
 * every app process counts the same failures. The upsert is one atomic statement on both backends.
 */
import type { Queryable } from '../db.ts';

/** The latest `locked_until` after `now` among `keys`, or null when none is locked. */
export async function findLock(db: Queryable, keys: readonly string[], now: Date): Promise<Date | null> {
  const rows = await db.query<{ until: Date | null }>(
    'SELECT max(locked_until) AS until FROM login_attempts WHERE key = ANY($1::text[]) AND locked_until > $2',
    [[...keys], now],
  );
  return rows[0]?.until ?? null;
}

/** How many failures in which window lock a key, and for how long. */
export type FailurePolicy = { limit: number; windowMs: number; lockMs: number };

/**
 * Counts one failure for `key`: a window older than `windowMs` starts over; reaching `limit`
 * failures in the window locks the key for `lockMs`.
 * @returns the failures in the window and the lock, if one was set
 */
export async function recordFailure(
  db: Queryable,
  key: string,
  now: Date,
  policy: FailurePolicy,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  const rows = await db.query<{ failures: number; lockedUntil: Date | null }>(
    `INSERT INTO login_attempts AS a (key, failures, window_started_at, locked_until)
     VALUES ($1, 1, $2, CASE WHEN 1 >= $4 THEN $5::timestamptz END)
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN a.window_started_at <= $3 THEN 1 ELSE a.failures + 1 END,
       window_started_at = CASE WHEN a.window_started_at <= $3 THEN $2 ELSE a.window_started_at END,
       locked_until = CASE
         WHEN (CASE WHEN a.window_started_at <= $3 THEN 1 ELSE a.failures + 1 END) >= $4 THEN $5::timestamptz
         WHEN a.window_started_at <= $3 THEN NULL
         ELSE a.locked_until END
     RETURNING failures, locked_until AS "lockedUntil"`,
    [key, now, windowStart, policy.limit, lockUntil],
  );
  return rows[0]!;
}

/** Forgets the failures of `key` (after a successful sign-in). */
export async function clearAttempts(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM login_attempts WHERE key = $1', [key]);
}

/** A fixed-window quota: `limit` uses per `windowMs` (the window starts at the first use). */
export type QuotaPolicy = { limit: number; windowMs: number };

/**
 * Takes one use of `key`'s quota in ONE statement (INSERT … ON CONFLICT … DO UPDATE … WHERE): the
 * check and the count cannot be separated by another process, and the row stays locked until the
 * caller's transaction ends, so a use taken inside a transaction that rolls back is given back.
 * @returns true when the use was granted, false when the window's quota is spent
 */
export async function takeQuota(
  db: Queryable,
  key: string,
  now: Date,
  policy: QuotaPolicy,
): Promise<boolean> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  const rows = await db.query<{ failures: number }>(
    `INSERT INTO login_attempts AS a (key, failures, window_started_at, locked_until)
     VALUES ($1, 1, $2, NULL)
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN a.window_started_at <= $3 THEN 1 ELSE a.failures + 1 END,
       window_started_at = CASE WHEN a.window_started_at <= $3 THEN $2 ELSE a.window_started_at END
     WHERE a.window_started_at <= $3 OR a.failures < $4
     RETURNING failures`,
    [key, now, windowStart, policy.limit],
  );
  return rows.length > 0;
}

/** True when `key` has used its whole quota in the current window (a read only: the early answer). */
export async function isQuotaSpent(
  db: Queryable,
  key: string,
  now: Date,
  policy: QuotaPolicy,
): Promise<boolean> {
  const rows = await db.query(
    'SELECT 1 FROM login_attempts WHERE key = $1 AND window_started_at > $2 AND failures >= $3',
    [key, new Date(now.getTime() - policy.windowMs), policy.limit],
  );
  return rows.length > 0;
}

/**
 * Progressive delays: the first `free` attempts in a window go through at once; from then on each
 * attempt admitted sets the next one back by `baseDelayMs`, doubling, at most `maxDelayMs`. The
 * count starts over `windowMs` after the window's first attempt.
 */
export type DelayPolicy = { free: number; baseDelayMs: number; maxDelayMs: number; windowMs: number };

/**
 * Admits one attempt for `key` in ONE statement, before the attempt is made (e.g. before a password
 * is verified): counts it and sets the earliest time of the next one, unless that time has not come
 * yet. Concurrent callers queue on the row, so a burst cannot get more than the policy lets through.
 * @returns the attempts counted in the window including this one, or null when refused (not counted)
 */
export async function admitAttempt(
  db: Queryable,
  key: string,
  now: Date,
  policy: DelayPolicy,
): Promise<number | null> {
  const count = 'CASE WHEN a.window_started_at <= $3 THEN 1 ELSE a.failures + 1 END';
  const delay = (n: string) =>
    `CASE WHEN ${n} < $4::int THEN interval '0' ELSE LEAST($5::float8 * power(2, ${n} - $4::int), $6::float8) * interval '1 millisecond' END`;
  const rows = await db.query<{ failures: number }>(
    `INSERT INTO login_attempts AS a (key, failures, window_started_at, locked_until)
     VALUES ($1, 1, $2, $2::timestamptz + ${delay('1')})
     ON CONFLICT (key) DO UPDATE SET
       failures = ${count},
       window_started_at = CASE WHEN a.window_started_at <= $3 THEN $2 ELSE a.window_started_at END,
       locked_until = $2::timestamptz + ${delay(count)}
     WHERE a.window_started_at <= $3 OR a.locked_until IS NULL OR a.locked_until <= $2
     RETURNING failures`,
    [key, now, new Date(now.getTime() - policy.windowMs), policy.free, policy.baseDelayMs, policy.maxDelayMs],
  );
  return rows[0]?.failures ?? null;
}

/**
 * Gives back one admitted attempt that turned out not to be a failure (a correct password): the
 * count goes down by one, and the delay goes when the count is below the free attempts again.
 */
export async function refundAttempt(db: Queryable, key: string, policy: DelayPolicy): Promise<void> {
  await db.query(
    `UPDATE login_attempts SET failures = GREATEST(failures - 1, 0),
       locked_until = CASE WHEN failures - 1 < $2 THEN NULL ELSE locked_until END
     WHERE key = $1`,
    [key, policy.free],
  );
}
