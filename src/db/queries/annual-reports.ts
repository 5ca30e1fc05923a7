/**
 * The organs' published annual reports (公开年报): one row per organ and year, the report as
 * `gongkai.annual-report.v1` data. Writers validate the data before storing it.
 */
import type { AnnualReport } from '../../domain/report/model.ts';
import type { Queryable } from '../db.ts';

/**
 * A report in the list of an organ's reports (without its data); `indexNumber` is the 索引号 of the
 * item that published it (null for rows loaded before reports were items, decision 029).
 */
export type AnnualReportEntry = { year: number; publishedOn: string | null; indexNumber: string | null };

/** A stored report, with the published item's id and report file when it came through publishing. */
export type StoredAnnualReport = AnnualReportEntry & {
  organId: number;
  report: AnnualReport;
  itemId: number | null;
  file: { id: number; name: string } | null;
};

const ENTRY_COLUMNS = `r.year, to_char(r.published_on, 'YYYY-MM-DD') AS published_on, i.index_number`;
type EntryRow = { year: number; published_on: string | null; index_number: string | null };
const entryOf = (row: EntryRow): AnnualReportEntry => ({
  year: row.year,
  publishedOn: row.published_on,
  indexNumber: row.index_number,
});

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
     ON CONFLICT (organ_id, year) DO UPDATE SET data = EXCLUDED.data, published_on = EXCLUDED.published_on,
       change_seq = nextval('annual_reports_change_seq')`,
    [input.organId, input.year, JSON.stringify(input.report), input.publishedOn, input.now],
  );
}

/** The years an organ has a report for, newest first. */
export async function listAnnualReports(db: Queryable, organId: number): Promise<AnnualReportEntry[]> {
  const rows = await db.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM annual_reports r LEFT JOIN items i ON i.id = r.item_id
     WHERE r.organ_id = $1 ORDER BY r.year DESC`,
    [organId],
  );
  return rows.map(entryOf);
}

/** Every organ's report years (for the portal's directory snapshot), newest first per organ. */
export async function listAllAnnualReportEntries(db: Queryable): Promise<Map<number, AnnualReportEntry[]>> {
  const rows = await db.query<EntryRow & { organ_id: number }>(
    `SELECT r.organ_id, ${ENTRY_COLUMNS} FROM annual_reports r LEFT JOIN items i ON i.id = r.item_id
     ORDER BY r.organ_id, r.year DESC`,
  );
  const byOrgan = new Map<number, AnnualReportEntry[]>();
  for (const row of rows) {
    byOrgan.set(row.organ_id, [...(byOrgan.get(row.organ_id) ?? []), entryOf(row)]);
  }
  return byOrgan;
}

type StoredRow = EntryRow & {
  organ_id: number;
  data: AnnualReport;
  item_id: number | null;
  file_id: number | null;
  file_name: string | null;
};

/** The reports of `year` of the organs, with the item and file that published them (one statement). */
export async function listAnnualReportsOf(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<StoredAnnualReport[]> {
  const rows = await db.query<StoredRow>(
    `SELECT r.organ_id::int AS organ_id, ${ENTRY_COLUMNS}, r.data, r.item_id::int AS item_id,
       f.id::int AS file_id, f.name AS file_name
     FROM annual_reports r LEFT JOIN items i ON i.id = r.item_id
     LEFT JOIN item_reports ir ON ir.item_id = r.item_id
     LEFT JOIN item_files f ON f.id = ir.file_id AND NOT f.removed
     WHERE r.organ_id = ANY($1::int[]) AND r.year = $2`,
    [organIds, year],
  );
  return rows.map((row) => ({
    ...entryOf(row),
    organId: row.organ_id,
    report: row.data,
    itemId: row.item_id,
    file: row.file_id === null || row.file_name === null ? null : { id: row.file_id, name: row.file_name },
  }));
}

/** One organ's report for one year, or null. */
export async function findAnnualReport(
  db: Queryable,
  organId: number,
  year: number,
): Promise<StoredAnnualReport | null> {
  return (await listAnnualReportsOf(db, [organId], year))[0] ?? null;
}
