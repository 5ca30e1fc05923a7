/**
 * Reading annual reports as search sources (decision 034): the stored report with the record of
 * the 年度报告 item that published it, when it came through publishing.
 */
import type { AnnualReport } from '../../../domain/report/model.ts';
import type { Queryable } from '../../db.ts';

/** An annual report as the index takes it. */
export type ReportSourceRow = {
  id: number;
  organId: number;
  year: number;
  report: AnnualReport;
  /** the item's 发布时间, else the report's 发布日期 at midnight Beijing time, else when it was stored */
  publishedAt: Date;
  item: {
    id: number;
    status: string;
    title: string;
    docNumber: string;
    indexNumber: string;
    summary: string;
    keywords: string;
    genre: string;
    topic: string;
    validity: string | null;
    writtenOn: string | null;
  } | null;
};

/** One annual report by id, or null when it is gone. */
export async function findReportSource(db: Queryable, reportId: number): Promise<ReportSourceRow | null> {
  const rows = await db.query<{
    id: number;
    organ_id: number;
    year: number;
    data: AnnualReport;
    published_at: Date | string;
    item_id: number | null;
    status: string;
    title: string;
    doc_number: string;
    index_number: string | null;
    summary: string;
    keywords: string;
    genre: string;
    topic: string;
    validity: string | null;
    written_on: string | null;
  }>(
    `SELECT r.id::int AS id, r.organ_id, r.year, r.data, i.id::int AS item_id, i.status, i.title, i.doc_number,
       i.index_number, i.summary, i.keywords, i.genre, i.topic, i.validity, i.written_on::text AS written_on,
       COALESCE(i.published_at, (r.published_on::timestamp AT TIME ZONE 'Asia/Shanghai'), r.created_at) AS published_at
     FROM annual_reports r LEFT JOIN items i ON i.id = r.item_id WHERE r.id = $1`,
    [reportId],
  );
  const row = rows[0];
  if (row === undefined) {
    return null;
  }
  return {
    id: row.id,
    organId: row.organ_id,
    year: row.year,
    report: row.data,
    publishedAt: new Date(row.published_at),
    item:
      row.item_id === null
        ? null
        : {
            id: row.item_id,
            status: row.status,
            title: row.title,
            docNumber: row.doc_number,
            indexNumber: row.index_number ?? '',
            summary: row.summary,
            keywords: row.keywords,
            genre: row.genre,
            topic: row.topic,
            validity: row.validity,
            writtenOn: row.written_on,
          },
  };
}

/** The ids of the annual reports an item published (none once it is withdrawn). */
export async function reportIdsOfItem(db: Queryable, itemId: number): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    'SELECT id::int AS id FROM annual_reports WHERE item_id = $1 ORDER BY id',
    [itemId],
  );
  return rows.map((r) => r.id);
}

/** The id of an organ's report of a year, or null. */
export async function reportIdOf(db: Queryable, organId: number, year: number): Promise<number | null> {
  const rows = await db.query<{ id: number }>(
    'SELECT id::int AS id FROM annual_reports WHERE organ_id = $1 AND year = $2',
    [organId, year],
  );
  return rows[0]?.id ?? null;
}
