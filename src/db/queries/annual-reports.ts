/**
 * The organs' published annual reports (公开年报): one row per organ and year, the report as
 * `gongkai.annual-report.v1` data. Writers validate the data before storing it.
 */
import type { AnnualReport } from '../../domain/report/model.ts';
import type { Queryable } from '../db.ts';

/** A report in the list of an organ's reports (without its data). */
export type AnnualReportEntry = { year: number; publishedOn: string | null };

/** A stored report. */
export type StoredAnnualReport = AnnualReportEntry & { organId: number; report: AnnualReport };

/** What a writer stores. `publishedOn` is a local date `YYYY-MM-DD`. */
export type AnnualReportInput = {
  organId: number;
  year: number;
  report: AnnualReport;
  publishedOn: string | null;
  now: Date;
};

/**
 * Inserts or replaces the report of an organ for a year (the demo loader and, later, publishing).
 * @example await upsertAnnualReport(db, { organId: 1, year: 2024, report, publishedOn: '2025-01-20', now })
 */
export async function upsertAnnualReport(db: Queryable, input: AnnualReportInput): Promise<void> {
  await db.query(
    `INSERT INTO annual_reports (organ_id, year, data, published_on, created_at)
     VALUES ($1, $2, $3::jsonb, $4::date, $5)
     ON CONFLICT (organ_id, year) DO UPDATE SET data = EXCLUDED.data, published_on = EXCLUDED.published_on`,
    [input.organId, input.year, JSON.stringify(input.report), input.publishedOn, input.now],
  );
}

/** The years an organ has a report for, newest first. */
export async function listAnnualReports(db: Queryable, organId: number): Promise<AnnualReportEntry[]> {
  const rows = await db.query<{ year: number; published_on: string | null }>(
    `SELECT year, to_char(published_on, 'YYYY-MM-DD') AS published_on FROM annual_reports WHERE organ_id = $1 ORDER BY year DESC`,
    [organId],
  );
  return rows.map((row) => ({ year: row.year, publishedOn: row.published_on }));
}

/** Every organ's report years (for the portal's directory snapshot), newest first per organ. */
export async function listAllAnnualReportEntries(db: Queryable): Promise<Map<number, AnnualReportEntry[]>> {
  const rows = await db.query<{ organ_id: number; year: number; published_on: string | null }>(
    `SELECT organ_id, year, to_char(published_on, 'YYYY-MM-DD') AS published_on FROM annual_reports ORDER BY organ_id, year DESC`,
  );
  const byOrgan = new Map<number, AnnualReportEntry[]>();
  for (const row of rows) {
    byOrgan.set(row.organ_id, [
      ...(byOrgan.get(row.organ_id) ?? []),
      { year: row.year, publishedOn: row.published_on },
    ]);
  }
  return byOrgan;
}

/** One organ's report for one year, or null. */
export async function findAnnualReport(
  db: Queryable,
  organId: number,
  year: number,
): Promise<StoredAnnualReport | null> {
  const rows = await db.query<{ data: AnnualReport; published_on: string | null }>(
    `SELECT data, to_char(published_on, 'YYYY-MM-DD') AS published_on FROM annual_reports WHERE organ_id = $1 AND year = $2`,
    [organId, year],
  );
  const row = rows[0];
  return row === undefined ? null : { organId, year, publishedOn: row.published_on, report: row.data };
}
