/**
 * SQL for tables 三 and 四 of the annual report from the cases of a set of organs and a year: the
 * database counts (one pass per table, grouped by applicant kind and bucket), the domain turns the
 * counts into the report contract (domain/case/table-from-counts.ts). Year rules:
 * docs/decisions/009-statistics-from-cases.md.
 */
import type { BucketCount } from '../../domain/case/table-from-counts.ts';
import type { Queryable } from '../db.ts';

/** Counts of one organ (the roll-up's set queries: one statement for all included organs). */
export type OfOrgan<T> = T & { organId: number };

/**
 * Table 三's counts, summed over the organs or (`byOrgan`) one set per organ: the same two
 * statements either way, the organ added to the grouping.
 */
async function applicationCounts(
  db: Queryable,
  organIds: readonly number[],
  year: number,
  byOrgan: boolean,
): Promise<OfOrgan<BucketCount>[]> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const organ = byOrgan ? 'organ_id::int' : '0';
  const flows = await db.query<{
    organ: number;
    applicant_kind: string;
    newly: string | number;
    carried: string | number;
    forward: string | number;
  }>(
    `SELECT ${organ} AS organ, applicant_kind,
       count(*) FILTER (WHERE received_on >= $2) AS newly,
       count(*) FILTER (WHERE received_on < $2) AS carried,
       count(*) FILTER (WHERE closed_on IS NULL OR closed_on > $3) AS forward
     FROM cases
     WHERE organ_id = ANY($1::int[]) AND received_on <= $3 AND (closed_on IS NULL OR closed_on >= $2)
     GROUP BY 1, 2`,
    [organIds, start, end],
  );
  const results = await db.query<{
    organ: number;
    applicant_kind: string;
    decision: string;
    n: string | number;
  }>(
    `SELECT ${organ} AS organ, applicant_kind, decision, count(*) AS n FROM cases
     WHERE organ_id = ANY($1::int[]) AND closed_on >= $2 AND closed_on <= $3 GROUP BY 1, 2, 3`,
    [organIds, start, end],
  );
  return [
    ...flows.flatMap((r) => [
      { organId: r.organ, applicantKind: r.applicant_kind, bucket: 'newlyReceived', count: Number(r.newly) },
      { organId: r.organ, applicantKind: r.applicant_kind, bucket: 'carriedOver', count: Number(r.carried) },
      {
        organId: r.organ,
        applicantKind: r.applicant_kind,
        bucket: 'carriedForward',
        count: Number(r.forward),
      },
    ]),
    ...results.map((r) => ({
      organId: r.organ,
      applicantKind: r.applicant_kind,
      bucket: r.decision,
      count: Number(r.n),
    })),
  ];
}

/** Counts for table 三 of the organs together. */
export async function countApplications(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<BucketCount[]> {
  return (await applicationCounts(db, organIds, year, false)).map((c) => ({
    applicantKind: c.applicantKind,
    bucket: c.bucket,
    count: c.count,
  }));
}

/** Counts for table 三 of each organ (rows tagged with their organ; an organ with no case has none). */
export function countApplicationsByOrgan(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<OfOrgan<BucketCount>[]> {
  return applicationCounts(db, organIds, year, true);
}

/** A count for table 四. */
export type ReviewCount = { kind: string; result: string; count: number };

/** Table 四's counts, summed over the organs or (`byOrgan`) one set per organ. */
async function reviewCounts(
  db: Queryable,
  organIds: readonly number[],
  year: number,
  byOrgan: boolean,
): Promise<OfOrgan<ReviewCount>[]> {
  const rows = await db.query<{ organ: number; kind: string; result: string; n: string | number }>(
    `SELECT ${byOrgan ? 'organ_id::int' : '0'} AS organ, kind,
       CASE WHEN concluded_on IS NULL OR concluded_on > $3 THEN 'pending' ELSE result END AS result, count(*) AS n
     FROM case_reviews WHERE organ_id = ANY($1::int[]) AND filed_on >= $2 AND filed_on <= $3 GROUP BY 1, 2, 3`,
    [organIds, `${year}-01-01`, `${year}-12-31`],
  );
  return rows.map((r) => ({ organId: r.organ, kind: r.kind, result: r.result, count: Number(r.n) }));
}

/** Counts for table 四 of the organs together: records filed in the year, by kind and result as it stood on 31 December. */
export async function countReviews(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<ReviewCount[]> {
  return (await reviewCounts(db, organIds, year, false)).map((c) => ({
    kind: c.kind,
    result: c.result,
    count: c.count,
  }));
}

/** Counts for table 四 of each organ. */
export function countReviewsByOrgan(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<OfOrgan<ReviewCount>[]> {
  return reviewCounts(db, organIds, year, true);
}

/** Closed cases answered on time and late (按时答复率 = onTime / (onTime + late)). */
export type ReplyTimelinessCount = {
  /** Closed on or before the deadline in force when they closed. */
  onTime: number;
  /** Closed after it. */
  late: number;
  /** Closed without a running deadline (awaiting the 补正, clock stopped, or not backfilled). */
  noDeadline: number;
};

/**
 * 按时答复: the cases of the organs closed in `year`, counted by closed_on ≤ due_on (view
 * case_reply_timeliness, migration 20261206160000; decision 018).
 * @example await countReplyTimeliness(db, [organId], 2024) // { onTime: 118, late: 3, noDeadline: 6 }
 */
export async function countReplyTimeliness(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<ReplyTimelinessCount> {
  const rows = await db.query<{ on_time: string | number; late: string | number; closed: string | number }>(
    `SELECT
       (SELECT count(*) FROM case_reply_timeliness t
         WHERE t.organ_id = ANY($1::int[]) AND t.closed_on >= $2 AND t.closed_on <= $3 AND t.is_on_time) AS on_time,
       (SELECT count(*) FROM case_reply_timeliness t
         WHERE t.organ_id = ANY($1::int[]) AND t.closed_on >= $2 AND t.closed_on <= $3 AND NOT t.is_on_time) AS late,
       (SELECT count(*) FROM cases c
         WHERE c.organ_id = ANY($1::int[]) AND c.status = 'closed' AND c.closed_on >= $2 AND c.closed_on <= $3) AS closed`,
    [organIds, `${year}-01-01`, `${year}-12-31`],
  );
  const row = rows[0];
  const onTime = Number(row?.on_time ?? 0);
  const late = Number(row?.late ?? 0);
  return { onTime, late, noDeadline: Number(row?.closed ?? 0) - onTime - late };
}
