/**
 * Keeps the staff case search (decision 036) current: `indexCases` runs inside the transaction that
 * inserts cases (registration, ledger import), so a case is findable from the moment it exists;
 * `backfillCaseSearch` indexes the cases from before migration 20261208130000, a page per
 * transaction (`gongkai db backfill-staff-search`; idempotent). A case's number, summary and
 * applicant never change after it is inserted (补正 adds events, not new text), so no other write
 * touches the index.
 */
import type { Db, Queryable } from '../../db/db.ts';
import { listUnindexedCases, saveCaseSearchRows } from '../../db/queries/case-search.ts';
import { caseSearchTsvector, type CaseSearchSource } from '../../domain/search/staff-documents.ts';

/** Cases indexed per backfill transaction. */
export const CASE_BACKFILL_PAGE = 2000;

/** Writes the index rows of newly inserted cases, in the caller's transaction. */
export async function indexCases(
  tx: Queryable,
  cases: readonly (CaseSearchSource & { id: number })[],
): Promise<void> {
  await saveCaseSearchRows(
    tx,
    cases.map((c) => ({ caseId: c.id, tokens: caseSearchTsvector(c) })),
  );
}

/**
 * Indexes every case that has no index row yet.
 * @returns how many cases were indexed
 * @example await backfillCaseSearch(db) // 1200
 */
export async function backfillCaseSearch(
  db: Db,
  onProgress: (done: number) => void = () => {},
  pageSize = CASE_BACKFILL_PAGE,
): Promise<number> {
  let afterId = 0;
  let done = 0;
  for (;;) {
    const page = await db.transaction(async (tx) => {
      const found = await listUnindexedCases(tx, afterId, pageSize);
      await indexCases(tx, found.cases);
      return found;
    });
    done += page.cases.length;
    if (page.lastId === null) {
      return done;
    }
    onProgress(done);
    afterId = page.lastId;
  }
}
