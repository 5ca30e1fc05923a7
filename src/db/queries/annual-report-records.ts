/**
 * SQL for the annual report drafted from records (issue 12), each for a set of organs and grouped
 * by organ (the roll-up reads all its organs in one statement per kind of fact): the published 规章
 * and 规范性文件 with their dates (table 二), what was published in a year by column and 解读 form
 * (part 一's prose), and the 信息处理费 collected (part 六). Years are Beijing years. Tables 三/四
 * come from case-statistics.ts.
 */
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { Queryable } from '../db.ts';

/**
 * Published 规章/规范性文件 and when they went out of force, grouped: only the years of the dates
 * count (documents-table.ts), so each date is cut to 1 January of its year and one row stands for
 * `count` documents of one organ — a few rows instead of one per document (PGlite pays per row
 * returned).
 */
export type DocumentRow = {
  organId: number;
  kind: 'rule' | 'normative';
  writtenOn: LocalDate | null;
  publishedOn: LocalDate;
  outOfForceOn: LocalDate | null;
  count: number;
};

/** Every published (or since withdrawn, having been published) 规章 and 规范性文件 of the organs. */
export function listDocumentRows(db: Queryable, organIds: readonly number[]): Promise<DocumentRow[]> {
  return db.query<DocumentRow>(
    `SELECT organ_id::int AS "organId", kind, date_trunc('year', written_on)::date::text AS "writtenOn",
       date_trunc('year', published_at AT TIME ZONE 'Asia/Shanghai')::date::text AS "publishedOn",
       CASE WHEN validity IN ('repealed', 'lapsed')
         THEN date_trunc('year', coalesce(validity_on, (updated_at AT TIME ZONE 'Asia/Shanghai')::date))::date::text END AS "outOfForceOn",
       count(*)::int AS count
     FROM items
     WHERE organ_id = ANY($1::int[]) AND kind IN ('rule', 'normative') AND status = 'published' AND published_at IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5`,
    [organIds],
  );
}

/** Counts of what an organ published in a year. */
export type PublishedInYear = {
  total: number;
  byColumn: { name: string; count: number }[];
  byInterpretationForm: { form: string; count: number }[];
};

/** What nothing published counts as. */
export const NOTHING_PUBLISHED: PublishedInYear = { total: 0, byColumn: [], byInterpretationForm: [] };

/**
 * Items first published in the Beijing year (still published or withdrawn later: they were
 * published), per organ, in one statement; an organ that published nothing has no row. The year's
 * bounds are parameters (Beijing midnight, +08:00), not make_timestamptz(…) in the filter, which
 * PostgreSQL would evaluate for every row scanned.
 */
export function countPublishedInYear(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<(PublishedInYear & { organId: number })[]> {
  return db.query<PublishedInYear & { organId: number }>(
    `WITH y AS MATERIALIZED (
       SELECT id, organ_id, kind, interpretation_form FROM items
       WHERE organ_id = ANY($1::int[]) AND published_at >= $2::timestamptz AND published_at < $3::timestamptz
         AND status IN ('published', 'withdrawn')),
     t AS (SELECT organ_id, count(*)::int AS total FROM y GROUP BY 1),
     col AS (SELECT organ_id, json_agg(json_build_object('name', name, 'count', n) ORDER BY n DESC, name) AS j
       FROM (SELECT y.organ_id, c.name, count(*)::int AS n FROM y
         JOIN item_columns ic ON ic.item_id = y.id JOIN catalogue_columns c ON c.id = ic.column_id
         GROUP BY 1, 2) x GROUP BY 1),
     f AS (SELECT organ_id, json_agg(json_build_object('form', form, 'count', n) ORDER BY n DESC, form) AS j
       FROM (SELECT organ_id, interpretation_form AS form, count(*)::int AS n FROM y
         WHERE kind = 'interpretation' AND interpretation_form IS NOT NULL GROUP BY 1, 2) x GROUP BY 1)
     SELECT t.organ_id::int AS "organId", t.total, COALESCE(col.j, '[]') AS "byColumn",
       COALESCE(f.j, '[]') AS "byInterpretationForm"
     FROM t LEFT JOIN col ON col.organ_id = t.organ_id LEFT JOIN f ON f.organ_id = t.organ_id`,
    [organIds, `${year}-01-01T00:00:00+08:00`, `${year + 1}-01-01T00:00:00+08:00`],
  );
}

/**
 * 信息处理费 paid in the year, per organ: for each 「已缴费」 event dated in the year, the amount of
 * the last fee notice before it. 元 and the number of applications that paid; an organ with no
 * payment has no row.
 */
export async function feesPaidInYear(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<{ organId: number; yuan: number; applications: number }[]> {
  const rows = await db.query<{ organId: number; yuan: string | number | null; n: number }>(
    `SELECT c.organ_id::int AS "organId", sum(notice.amount) AS yuan, count(DISTINCT paid.case_id)::int AS n
     FROM case_events paid
     JOIN cases c ON c.id = paid.case_id
     CROSS JOIN LATERAL (
       SELECT (n.data->>'amountYuan')::numeric AS amount FROM case_events n
       WHERE n.case_id = paid.case_id AND n.kind = 'feeNotified' AND n.seq < paid.seq
       ORDER BY n.seq DESC LIMIT 1
     ) notice
     WHERE paid.kind = 'feePaid' AND c.organ_id = ANY($1::int[])
       AND paid.data->>'on' >= $2 AND paid.data->>'on' <= $3
     GROUP BY c.organ_id`,
    [organIds, `${year}-01-01`, `${year}-12-31`],
  );
  return rows.map((r) => ({ organId: r.organId, yuan: Number(r.yuan ?? 0), applications: r.n }));
}

/** Where an organ's report of a year stands in the records. */
export type ReportStatusRow = {
  organId: number;
  /** The published report (annual_reports), or null. */
  publishedOn: LocalDate | null;
  /** The newest 年度报告 item of that year that is not withdrawn, or null. */
  itemId: number | null;
  itemStatus: string | null;
  /** Errors the report checker found in that item's report. */
  checkerErrors: number;
};

/** The report of `year` of each organ: published row and the newest report item (one statement). */
export function listReportStatusRows(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<ReportStatusRow[]> {
  return db.query<ReportStatusRow>(
    `SELECT o.id AS "organId", to_char(ar.published_on, 'YYYY-MM-DD') AS "publishedOn",
       it.id AS "itemId", it.status AS "itemStatus", coalesce(it.errors, 0)::int AS "checkerErrors"
     FROM organs o
     LEFT JOIN annual_reports ar ON ar.organ_id = o.id AND ar.year = $2
     LEFT JOIN LATERAL (
       SELECT i.id::int AS id, i.status,
         (SELECT count(*) FROM jsonb_array_elements(r.findings) f WHERE f->>'severity' = 'error') AS errors
       FROM item_reports r JOIN items i ON i.id = r.item_id
       WHERE i.organ_id = o.id AND r.year = $2 AND i.status <> 'withdrawn'
       ORDER BY i.updated_at DESC, i.id DESC LIMIT 1
     ) it ON true
     WHERE o.id = ANY($1::int[])`,
    [organIds, year],
  );
}
