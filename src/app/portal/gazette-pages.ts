/**
 * What the public 政府公报 pages show (decision 025): the organ's published issues by year, one
 * issue as printed (the items' snapshots taken at publication, whatever happened to the items
 * since) and its stored PDF. Drafts are never shown.
 */
import type { Queryable } from '../../db/db.ts';
import {
  findIssuePdf,
  findPublishedIssue,
  hasPublishedIssue,
  listGazetteIssues,
  listIssueEntries,
  type GazetteIssueRow,
  type GazetteSnapshot,
} from '../../db/queries/publishing/gazette.ts';

export { hasPublishedIssue };

/** The published issues of one year, newest first. */
export type GazetteYear = { year: number; issues: GazetteIssueRow[] };

/** The organ's published issues grouped by year (newest year first). */
export async function loadGazetteYears(db: Queryable, organId: number): Promise<GazetteYear[]> {
  const years: GazetteYear[] = [];
  for (const issue of await listGazetteIssues(db, organId, true)) {
    const last = years.at(-1);
    if (last !== undefined && last.year === issue.year) {
      last.issues.push(issue);
    } else {
      years.push({ year: issue.year, issues: [issue] });
    }
  }
  return years;
}

/** One printed entry: the item as it was at publication; `withdrawn` when it has been withdrawn since. */
export type PrintedEntry = { itemId: number; snapshot: GazetteSnapshot; withdrawn: boolean };

export type PublicIssue = { issue: GazetteIssueRow; entries: PrintedEntry[] };

/** A published issue by 年/期, or null. */
export async function loadPublicIssue(
  db: Queryable,
  organId: number,
  year: number,
  number: number,
): Promise<PublicIssue | null> {
  const issue = await findPublishedIssue(db, organId, year, number);
  if (issue === null) {
    return null;
  }
  const entries = (await listIssueEntries(db, issue.id)).flatMap((e) =>
    e.snapshot === null
      ? []
      : [{ itemId: e.itemId, snapshot: e.snapshot, withdrawn: e.status === 'withdrawn' }],
  );
  return { issue, entries };
}

/** The stored PDF of a published issue, or null. */
export async function loadIssuePdf(
  db: Queryable,
  organId: number,
  year: number,
  number: number,
): Promise<{ issue: GazetteIssueRow; bytes: Uint8Array } | null> {
  const issue = await findPublishedIssue(db, organId, year, number);
  const pdf = issue === null ? null : await findIssuePdf(db, issue.id);
  return issue === null || pdf === null ? null : { issue, bytes: pdf.bytes };
}
