/**
 * `gongkai db backfill-staff-search` (decision 036): indexes the cases and items written before
 * migration 20261208130000. Idempotent; searches keep working while it runs (a page per transaction).
 */
import type { Db } from '../../db/db.ts';
import { backfillCaseSearch } from '../cases/case-search-index.ts';
import { backfillItemSearch } from './backfill-item-search.ts';

/**
 * @returns how many cases and items were indexed now
 * @example await backfillStaffSearch(db) // { cases: 1200, items: 340 }
 */
export async function backfillStaffSearch(
  db: Db,
  onProgress: (what: '办件' | '信息', done: number) => void = () => {},
): Promise<{ cases: number; items: number }> {
  const cases = await backfillCaseSearch(db, (done) => onProgress('办件', done));
  const items = await backfillItemSearch(db, null, (done) => onProgress('信息', done));
  return { cases, items };
}
