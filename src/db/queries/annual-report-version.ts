/** The version key of the stored annual reports (what the annual-report datasets are built from). */
import type { Queryable } from '../db.ts';

/**
 * A string that changes whenever a report is stored, replaced (corrected, re-published) or removed
 * (withdrawn, moved to another year): every write takes a new `change_seq` from one sequence, so
 * an insert or rewrite raises the sum, a removal lowers the count. One pass over two integer columns.
 * @example await readAnnualReportsVersion(db) // '2.7.4'
 */
export async function readAnnualReportsVersion(db: Queryable): Promise<string> {
  const [row] = await db.query<{ key: string }>(
    `SELECT concat_ws('.', count(*), COALESCE(sum(change_seq), 0), COALESCE(max(change_seq), 0)) AS key
     FROM annual_reports`,
  );
  return row!.key;
}
