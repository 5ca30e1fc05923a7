/**
 * The open data API's per-client rate limit: a fixed window per client address, counted in the
 * throttle table (shared by every app process) with the same one-statement quota as the other
 * anonymous limits (decision 015), under a hashed key — no address is stored.
 */
import type { Db } from '../../db/db.ts';
import { sha256 } from '../../db/queries/audit.ts';
import { takeQuota, type QuotaPolicy } from '../../db/queries/login-attempts.ts';
import type { Clock } from '../clock.ts';

export type { QuotaPolicy };

/**
 * Requests one client address may make per minute. A harvester paging through 100,000 items at
 * 100 per page needs 1,000 requests — under 2 minutes at this rate — and the bulk datasets exist
 * for more; behind a reverse proxy every client shares the proxy's address, hence the headroom.
 */
export const API_QUOTA: QuotaPolicy = { limit: 600, windowMs: 60_000 };

/**
 * Takes one request from the client's quota.
 * @returns true when the request may go on, false when the window's quota is spent
 * @example if (!(await takeApiQuota(deps, '203.0.113.9', API_QUOTA))) return tooMany()
 */
export function takeApiQuota(
  deps: { db: Db; clock: Clock },
  address: string,
  policy: QuotaPolicy,
): Promise<boolean> {
  return takeQuota(deps.db, `api:${sha256(address)}`, deps.clock.now(), policy);
}
