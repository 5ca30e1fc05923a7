/**
 * Results of the 年报体检 (report checker): the parsed report and its findings under a random
 * token, kept for a few days. Nothing about the person who checked is stored.
 */
import type { Finding } from '../../domain/report/findings.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import type { Queryable } from '../db.ts';

/** A stored check. `fileName` is the sanitized upload name, null for pasted text. */
export type StoredReportCheck = {
  token: string;
  createdAt: Date;
  expiresAt: Date;
  fileName: string | null;
  report: AnnualReport;
  findings: Finding[];
};

/**
 * Stores a check and, in the same transaction, deletes every expired one (so the table never
 * grows without bound and no job is needed).
 * @returns the number of expired checks deleted
 */
export async function insertReportCheck(db: Queryable, check: StoredReportCheck): Promise<number> {
  const deleted = await db.query<{ token: string }>(
    'DELETE FROM report_checks WHERE expires_at <= $1 RETURNING token',
    [check.createdAt],
  );
  await db.query(
    `INSERT INTO report_checks (token, created_at, expires_at, file_name, report, findings)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)`,
    [
      check.token,
      check.createdAt,
      check.expiresAt,
      check.fileName,
      JSON.stringify(check.report),
      JSON.stringify(check.findings),
    ],
  );
  return deleted.length;
}

type CheckRow = {
  token: string;
  created_at: Date;
  expires_at: Date;
  file_name: string | null;
  report: AnnualReport;
  findings: Finding[];
};

/**
 * A check by token, or null when it does not exist or has expired at `now`.
 * @example await findReportCheck(db, token, clock.now())
 */
export async function findReportCheck(
  db: Queryable,
  token: string,
  now: Date,
): Promise<StoredReportCheck | null> {
  const rows = await db.query<CheckRow>(
    'SELECT token, created_at, expires_at, file_name, report, findings FROM report_checks WHERE token = $1 AND expires_at > $2',
    [token, now],
  );
  const row = rows[0];
  return row === undefined
    ? null
    : {
        token: row.token,
        createdAt: new Date(row.created_at),
        expiresAt: new Date(row.expires_at),
        fileName: row.file_name,
        report: row.report,
        findings: row.findings,
      };
}

/** How many checks are stored (tests: a refused upload stores nothing). */
export async function countReportChecks(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM report_checks');
  return rows[0]?.n ?? 0;
}
