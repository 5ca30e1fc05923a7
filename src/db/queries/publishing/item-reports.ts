/**
 * The report an item of kind annualReport carries (item_reports), and its publication into
 * annual_reports (the portal's 公开年报): one row per organ and year, linked to the item.
 */
import { queryOne, type Queryable } from '../../db.ts';
import type { ReportProse } from '../../../domain/annual-report/report-prose.ts';
import type { RollupRecord } from '../../../domain/annual-report/rollup-members.ts';
import type { Finding } from '../../../domain/report/findings.ts';
import type { AnnualReport } from '../../../domain/report/model.ts';

/**
 * Where the report came from: an uploaded file, data rendered to a DOCX, drafted from the organ's
 * records, or summed over the organs below it (decision 038).
 */
export type ItemReportSource = 'upload' | 'data' | 'records' | 'rollup';

export type ItemReportRow = {
  itemId: number;
  year: number;
  report: AnnualReport;
  findings: Finding[];
  fileId: number;
  source: ItemReportSource;
  /** A roll-up's recorded choice of organs (source `rollup`), else null. */
  rollup: RollupRecord | null;
  /** The drafted prose and the staff's edits (sources `records` and `rollup`, decision 039), else null. */
  prose: ReportProse | null;
};

/** The item's report, or null. */
export function findItemReport(db: Queryable, itemId: number): Promise<ItemReportRow | null> {
  return queryOne<ItemReportRow>(
    db,
    `SELECT item_id::int AS "itemId", year, data AS report, findings, file_id::int AS "fileId", source, rollup, prose
     FROM item_reports WHERE item_id = $1`,
    [itemId],
  );
}

/** Stores (or replaces) the item's report. */
export async function upsertItemReport(tx: Queryable, row: ItemReportRow, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO item_reports (item_id, year, data, findings, file_id, source, updated_at, rollup, prose)
     VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8::jsonb, $9::jsonb)
     ON CONFLICT (item_id) DO UPDATE SET year = EXCLUDED.year, data = EXCLUDED.data,
       findings = EXCLUDED.findings, file_id = EXCLUDED.file_id, source = EXCLUDED.source,
       updated_at = EXCLUDED.updated_at, rollup = EXCLUDED.rollup, prose = EXCLUDED.prose`,
    [
      row.itemId,
      row.year,
      JSON.stringify(row.report),
      JSON.stringify(row.findings),
      row.fileId,
      row.source,
      at,
      row.rollup === null ? null : JSON.stringify(row.rollup),
      row.prose === null ? null : JSON.stringify(row.prose),
    ],
  );
}

/** The published report of the organ's `year` that belongs to another item: its item id and 索引号. */
export function reportOfYearTaken(
  db: Queryable,
  organId: number,
  year: number,
  itemId: number,
): Promise<{ itemId: number; indexNumber: string } | null> {
  return queryOne<{ itemId: number; indexNumber: string }>(
    db,
    `SELECT i.id::int AS "itemId", i.index_number AS "indexNumber"
     FROM annual_reports r JOIN items i ON i.id = r.item_id
     WHERE r.organ_id = $1 AND r.year = $2 AND r.item_id <> $3`,
    [organId, year, itemId],
  );
}

/**
 * Writes the item's report into annual_reports (the year's row, replacing one loaded before reports
 * were items; a row of another item is left alone). Rows of other years of this item go.
 * @returns false when the year's report belongs to another item
 */
export async function publishItemReport(
  tx: Queryable,
  input: {
    organId: number;
    itemId: number;
    year: number;
    report: AnnualReport;
    publishedOn: string;
    at: Date;
  },
): Promise<boolean> {
  await tx.query('DELETE FROM annual_reports WHERE item_id = $1 AND year <> $2', [input.itemId, input.year]);
  const row = await queryOne<{ id: number }>(
    tx,
    `INSERT INTO annual_reports (organ_id, year, data, published_on, created_at, item_id)
     VALUES ($1, $2, $3::jsonb, $4::date, $5, $6)
     ON CONFLICT (organ_id, year) DO UPDATE SET data = EXCLUDED.data, published_on = EXCLUDED.published_on,
       item_id = EXCLUDED.item_id, change_seq = nextval('annual_reports_change_seq')
     WHERE annual_reports.item_id IS NULL OR annual_reports.item_id = EXCLUDED.item_id
     RETURNING id`,
    [input.organId, input.year, JSON.stringify(input.report), input.publishedOn, input.at, input.itemId],
  );
  return row !== null;
}

/** Takes the item's report off the portal (withdrawal). */
export async function unpublishItemReport(tx: Queryable, itemId: number): Promise<void> {
  await tx.query('DELETE FROM annual_reports WHERE item_id = $1', [itemId]);
}

/** The organ's report data rows a drafter may render from: year and whether an item published it. */
export async function listReportDataYears(
  db: Queryable,
  organId: number,
): Promise<{ year: number; itemId: number | null }[]> {
  return db.query<{ year: number; itemId: number | null }>(
    `SELECT year, item_id::int AS "itemId" FROM annual_reports WHERE organ_id = $1 ORDER BY year DESC`,
    [organId],
  );
}

/** A stored report's data of the organ's `year`, or null. */
export async function findReportData(
  db: Queryable,
  organId: number,
  year: number,
): Promise<AnnualReport | null> {
  const row = await queryOne<{ data: AnnualReport }>(
    db,
    'SELECT data FROM annual_reports WHERE organ_id = $1 AND year = $2',
    [organId, year],
  );
  return row?.data ?? null;
}

/** A published version of a report item and the report file it carried. */
export type ReportVersion = { number: number; publishedOn: string; note: string; fileId: number | null };

/** The item's published versions (oldest first) with each one's report file. */
export function listReportVersions(db: Queryable, itemId: number): Promise<ReportVersion[]> {
  return db.query<ReportVersion>(
    `SELECT number, to_char(published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS "publishedOn", note,
       (snapshot->>'reportFileId')::int AS "fileId"
     FROM item_versions WHERE item_id = $1 ORDER BY number`,
    [itemId],
  );
}

/** The report file version `number` of the item published (kept when a later version replaced it), or null. */
export function findReportFileOfVersion(
  db: Queryable,
  itemId: number,
  number: number,
): Promise<{ name: string; mediaType: string; bytes: Uint8Array } | null> {
  return queryOne<{ name: string; mediaType: string; bytes: Uint8Array }>(
    db,
    `SELECT f.name, f.media_type AS "mediaType", f.bytes
     FROM item_versions v JOIN item_files f ON f.id = (v.snapshot->>'reportFileId')::bigint AND f.item_id = v.item_id
     WHERE v.item_id = $1 AND v.number = $2`,
    [itemId, number],
  );
}
