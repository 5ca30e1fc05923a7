/**
 * SQL for tables 三 and 四 of the annual report from the cases of a set of organs and a year: the
 * database counts (one pass per table, grouped by applicant kind and bucket), the domain turns the
 * counts into the report contract (domain/case/table-from-counts.ts). Year rules:
 * docs/decisions/009-statistics-from-cases.md.
 */
import type { BucketCount } from '../../domain/case/table-from-counts.ts';
import type { Queryable } from '../db.ts';

/** Counts for table 三. */
export async function countApplications(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<BucketCount[]> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const flows = await db.query<{
    applicant_kind: string;
    newly: string | number;
    carried: string | number;
    forward: string | number;
  }>(
    `SELECT applicant_kind,
       count(*) FILTER (WHERE received_on >= $2) AS newly,
       count(*) FILTER (WHERE received_on < $2) AS carried,
       count(*) FILTER (WHERE closed_on IS NULL OR closed_on > $3) AS forward
     FROM cases
     WHERE organ_id = ANY($1::int[]) AND received_on <= $3 AND (closed_on IS NULL OR closed_on >= $2)
     GROUP BY applicant_kind`,
    [organIds, start, end],
  );
  const results = await db.query<{ applicant_kind: string; decision: string; n: string | number }>(
    `SELECT applicant_kind, decision, count(*) AS n FROM cases
     WHERE organ_id = ANY($1::int[]) AND closed_on >= $2 AND closed_on <= $3 GROUP BY applicant_kind, decision`,
    [organIds, start, end],
  );
  return [
    ...flows.flatMap((r) => [
      { applicantKind: r.applicant_kind, bucket: 'newlyReceived', count: Number(r.newly) },
      { applicantKind: r.applicant_kind, bucket: 'carriedOver', count: Number(r.carried) },
      { applicantKind: r.applicant_kind, bucket: 'carriedForward', count: Number(r.forward) },
    ]),
    ...results.map((r) => ({ applicantKind: r.applicant_kind, bucket: r.decision, count: Number(r.n) })),
  ];
}

/** Counts for table 四: records filed in the year, by kind and result as it stood on 31 December. */
export async function countReviews(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<{ kind: string; result: string; count: number }[]> {
  const rows = await db.query<{ kind: string; result: string; n: string | number }>(
    `SELECT kind, CASE WHEN concluded_on IS NULL OR concluded_on > $3 THEN 'pending' ELSE result END AS result, count(*) AS n
     FROM case_reviews WHERE organ_id = ANY($1::int[]) AND filed_on >= $2 AND filed_on <= $3 GROUP BY 1, 2`,
    [organIds, `${year}-01-01`, `${year}-12-31`],
  );
  return rows.map((r) => ({ kind: r.kind, result: r.result, count: Number(r.n) }));
}
