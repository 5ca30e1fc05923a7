/** Reading one stored 年报体检 result by its token (the result page and its downloads). */
import type { Db } from '../../db/db.ts';
import { findReportCheck, type StoredReportCheck } from '../../db/queries/report-checks.ts';
import type { Clock } from '../clock.ts';

/**
 * The stored check, or null when the token is unknown or the result has expired.
 * @example await loadReportCheck(deps, token) // { token, report, findings, … } | null
 */
export function loadReportCheck(
  deps: { db: Db; clock: Clock },
  token: string,
): Promise<StoredReportCheck | null> {
  return findReportCheck(deps.db, token, deps.clock.now());
}
