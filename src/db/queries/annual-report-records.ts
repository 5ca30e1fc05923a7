/**
 * SQL for the annual report drafted from records (issue 12): the organ's published 规章 and
 * 规范性文件 with their dates (table 二), what it published in a year by column and 解读 form
 * (part 一's prose), and the 信息处理费 collected (part 六). Years are Beijing years. Tables 三/四
 * come from case-statistics.ts.
 */
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { Queryable } from '../db.ts';

/** A published 规章/规范性文件 and when it went out of force. */
export type DocumentRow = {
  kind: 'rule' | 'normative';
  writtenOn: LocalDate | null;
  publishedOn: LocalDate;
  outOfForceOn: LocalDate | null;
};

/** Every published (or since withdrawn, having been published) 规章 and 规范性文件 of the organ. */
export function listDocumentRows(db: Queryable, organId: number): Promise<DocumentRow[]> {
  return db.query<DocumentRow>(
    `SELECT kind, to_char(written_on, 'YYYY-MM-DD') AS "writtenOn",
       to_char(published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS "publishedOn",
       CASE WHEN validity IN ('repealed', 'lapsed')
         THEN to_char(coalesce(validity_on, (updated_at AT TIME ZONE 'Asia/Shanghai')::date), 'YYYY-MM-DD') END AS "outOfForceOn"
     FROM items
     WHERE organ_id = $1 AND kind IN ('rule', 'normative') AND status = 'published' AND published_at IS NOT NULL`,
    [organId],
  );
}

/** Counts of what the organ published in a year. */
export type PublishedInYear = {
  total: number;
  byColumn: { name: string; count: number }[];
  byInterpretationForm: { form: string; count: number }[];
};

/** Items first published in the Beijing year (still published or withdrawn later: they were published). */
export async function countPublishedInYear(
  db: Queryable,
  organId: number,
  year: number,
): Promise<PublishedInYear> {
  const inYear = `organ_id = $1 AND published_at IS NOT NULL
    AND extract(year FROM published_at AT TIME ZONE 'Asia/Shanghai') = $2 AND status IN ('published', 'withdrawn')`;
  const [total] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM items WHERE ${inYear}`, [
    organId,
    year,
  ]);
  const byColumn = await db.query<{ name: string; count: number }>(
    `SELECT c.name, count(*)::int AS count FROM items i
     JOIN item_columns ic ON ic.item_id = i.id JOIN catalogue_columns c ON c.id = ic.column_id
     WHERE ${inYear.replaceAll('organ_id', 'i.organ_id').replaceAll('published_at', 'i.published_at').replaceAll('status', 'i.status')}
     GROUP BY c.name ORDER BY count DESC, c.name`,
    [organId, year],
  );
  const byInterpretationForm = await db.query<{ form: string; count: number }>(
    `SELECT interpretation_form AS form, count(*)::int AS count FROM items
     WHERE ${inYear} AND kind = 'interpretation' AND interpretation_form IS NOT NULL
     GROUP BY interpretation_form ORDER BY count DESC`,
    [organId, year],
  );
  return { total: total?.n ?? 0, byColumn, byInterpretationForm };
}

/**
 * 信息处理费 paid in the year: for each 「已缴费」 event dated in the year, the amount of the last fee
 * notice before it. Returns 元 and the number of applications that paid.
 */
export async function feesPaidInYear(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<{ yuan: number; applications: number }> {
  const [row] = await db.query<{ yuan: string | number | null; n: number }>(
    `SELECT sum(notice.amount) AS yuan, count(DISTINCT paid.case_id)::int AS n
     FROM case_events paid
     JOIN cases c ON c.id = paid.case_id
     CROSS JOIN LATERAL (
       SELECT (n.data->>'amountYuan')::numeric AS amount FROM case_events n
       WHERE n.case_id = paid.case_id AND n.kind = 'feeNotified' AND n.seq < paid.seq
       ORDER BY n.seq DESC LIMIT 1
     ) notice
     WHERE paid.kind = 'feePaid' AND c.organ_id = ANY($1::int[])
       AND paid.data->>'on' >= $2 AND paid.data->>'on' <= $3`,
    [organIds, `${year}-01-01`, `${year}-12-31`],
  );
  return { yuan: Number(row?.yuan ?? 0), applications: row?.n ?? 0 };
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
