/**
 * SQL for the staff case search index (case_search, decision 036): one tsvector literal per case,
 * built in TypeScript (src/domain/search/staff-documents.ts). The applicant's name is read here
 * only to be indexed; nothing in this file logs or returns it to a page.
 */
import type { Queryable } from '../db.ts';

/** A case's index row. */
export type CaseSearchRow = { caseId: number; tokens: string };

/** Rows sent per statement. */
const CHUNK = 1000;

/** Writes (or rewrites) the index rows of cases. */
export async function saveCaseSearchRows(tx: Queryable, rows: readonly CaseSearchRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    await tx.query(
      `INSERT INTO case_search (case_id, tokens)
       SELECT x.case_id, x.tokens::tsvector FROM unnest($1::bigint[], $2::text[]) AS x(case_id, tokens)
       ON CONFLICT (case_id) DO UPDATE SET tokens = EXCLUDED.tokens`,
      [part.map((r) => r.caseId), part.map((r) => r.tokens)],
    );
  }
}

/**
 * What the index is built from, for the cases without an index row among the `limit` cases after
 * `afterId` (id order); `lastId` is where the next page starts (null: no cases left).
 */
export async function listUnindexedCases(
  db: Queryable,
  afterId: number,
  limit: number,
): Promise<{
  lastId: number | null;
  cases: { id: number; organId: number; caseNumber: string; summary: string; applicantName: string }[];
}> {
  // the page of ids first, then the anti-join on that page only (a nested loop on the primary key)
  const rows = await db.query<{
    id: string | number;
    organ_id: number;
    case_number: string;
    summary: string;
    name: string | null;
    last_id: string | number;
    indexed: boolean;
  }>(
    `SELECT c.id, c.organ_id, c.case_number, c.summary, c.applicant->>'name' AS name,
       max(c.id) OVER () AS last_id, EXISTS (SELECT 1 FROM case_search s WHERE s.case_id = c.id) AS indexed
     FROM (SELECT * FROM cases WHERE id > $1 ORDER BY id LIMIT $2) c ORDER BY c.id`,
    [afterId, limit],
  );
  const cases = rows
    .filter((r) => !r.indexed)
    .map((r) => ({
      id: Number(r.id),
      organId: r.organ_id,
      caseNumber: r.case_number,
      summary: r.summary,
      applicantName: typeof r.name === 'string' ? r.name : '',
    }));
  return { lastId: rows.length === 0 ? null : Number(rows[0]!.last_id), cases };
}
