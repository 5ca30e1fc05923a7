/** 政府公报 issues: the issue rows, their 目录 (items in order, snapshots once published), the PDF. */
import { queryOne, type Queryable } from '../../db.ts';

export type GazetteIssueRow = {
  id: number;
  organId: number;
  year: number;
  number: number;
  totalNumber: number | null;
  publishedOn: string | null;
  title: string;
  status: 'draft' | 'published';
  version: number;
  createdAt: Date;
  createdByName: string;
  updatedAt: Date;
  publishedAt: Date | null;
  publishedByName: string;
  itemCount: number;
  pdfSize: number | null;
  pdfPages: number | null;
};

/** An item as printed in a published issue. */
export type GazetteSnapshot = {
  kind: string;
  title: string;
  docNumber: string;
  indexNumber: string | null;
  publishedAt: string | null;
  bodyHtml: string;
  bodyText: string;
};

/** One entry of an issue's 目录, with the item's current state (and its snapshot once published). */
export type GazetteEntryRow = {
  position: number;
  itemId: number;
  organId: number;
  kind: string;
  status: string;
  title: string;
  docNumber: string;
  publishedAt: Date | null;
  snapshot: GazetteSnapshot | null;
};

const ISSUE_COLUMNS = `g.id::int AS id, g.organ_id AS "organId", g.year, g.number, g.total_number AS "totalNumber",
  to_char(g.published_on, 'YYYY-MM-DD') AS "publishedOn", g.title, g.status, g.version,
  g.created_at AS "createdAt", g.created_by_name AS "createdByName", g.updated_at AS "updatedAt",
  g.published_at AS "publishedAt", g.published_by_name AS "publishedByName",
  (SELECT count(*)::int FROM gazette_issue_items e WHERE e.issue_id = g.id) AS "itemCount",
  p.size AS "pdfSize", p.pages AS "pdfPages"`;
const ISSUE_FROM = 'gazette_issues g LEFT JOIN gazette_pdfs p ON p.issue_id = g.id';

export type IssueFieldsRow = {
  year: number;
  number: number;
  totalNumber: number | null;
  publishedOn: string | null;
  title: string;
};

/** A new draft issue; null when the organ already has that 年/期. */
export async function insertGazetteIssue(
  tx: Queryable,
  organId: number,
  fields: IssueFieldsRow,
  by: string,
  at: Date,
): Promise<number | null> {
  const row = await queryOne<{ id: number }>(
    tx,
    `INSERT INTO gazette_issues (organ_id, year, number, total_number, published_on, title, status,
       created_at, created_by_name, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'draft', $7, $8, $7)
     ON CONFLICT (organ_id, year, number) DO NOTHING
     RETURNING id::int AS id`,
    [organId, fields.year, fields.number, fields.totalNumber, fields.publishedOn, fields.title, at, by],
  );
  return row?.id ?? null;
}

/** The issue, or null. `forUpdate` locks it until the transaction ends. */
export function findGazetteIssue(
  db: Queryable,
  id: number,
  forUpdate = false,
): Promise<GazetteIssueRow | null> {
  return queryOne<GazetteIssueRow>(
    db,
    forUpdate
      ? `SELECT ${ISSUE_COLUMNS} FROM ${ISSUE_FROM} WHERE g.id = $1 FOR UPDATE OF g`
      : `SELECT ${ISSUE_COLUMNS} FROM ${ISSUE_FROM} WHERE g.id = $1`,
    [id],
  );
}

/** A published issue of the organ by 年/期, or null. */
export function findPublishedIssue(
  db: Queryable,
  organId: number,
  year: number,
  number: number,
): Promise<GazetteIssueRow | null> {
  return queryOne<GazetteIssueRow>(
    db,
    `SELECT ${ISSUE_COLUMNS} FROM ${ISSUE_FROM}
     WHERE g.organ_id = $1 AND g.year = $2 AND g.number = $3 AND g.status = 'published'`,
    [organId, year, number],
  );
}

/** The organ's issues, newest first (`publishedOnly` for the portal). */
export function listGazetteIssues(
  db: Queryable,
  organId: number,
  publishedOnly: boolean,
): Promise<GazetteIssueRow[]> {
  return db.query<GazetteIssueRow>(
    `SELECT ${ISSUE_COLUMNS} FROM ${ISSUE_FROM}
     WHERE g.organ_id = $1${publishedOnly ? " AND g.status = 'published'" : ''}
     ORDER BY g.year DESC, g.number DESC LIMIT 1000`,
    [organId],
  );
}

/** True when the organ has at least one published issue (the portal links the list then). */
export async function hasPublishedIssue(db: Queryable, organId: number): Promise<boolean> {
  const row = await queryOne(
    db,
    `SELECT 1 FROM gazette_issues WHERE organ_id = $1 AND status = 'published' LIMIT 1`,
    [organId],
  );
  return row !== null;
}

/**
 * Writes a draft's fields if it is still a draft at `version`, bumping the version.
 * @returns 'stale' when changed meanwhile, 'taken' when another issue has that 年/期
 */
export async function updateGazetteIssue(
  tx: Queryable,
  id: number,
  version: number,
  fields: IssueFieldsRow,
  at: Date,
): Promise<'ok' | 'stale' | 'taken'> {
  const clash = await queryOne(
    tx,
    `SELECT 1 FROM gazette_issues g WHERE g.organ_id = (SELECT organ_id FROM gazette_issues WHERE id = $1)
       AND g.year = $2 AND g.number = $3 AND g.id <> $1`,
    [id, fields.year, fields.number],
  );
  if (clash !== null) {
    return 'taken';
  }
  const rows = await tx.query(
    `UPDATE gazette_issues SET year = $3, number = $4, total_number = $5, published_on = $6, title = $7,
       version = version + 1, updated_at = $8
     WHERE id = $1 AND version = $2 AND status = 'draft' RETURNING id`,
    [id, version, fields.year, fields.number, fields.totalNumber, fields.publishedOn, fields.title, at],
  );
  return rows.length === 1 ? 'ok' : 'stale';
}

/** Replaces a draft's 目录 with `itemIds` in that order. */
export async function replaceIssueItems(
  tx: Queryable,
  issueId: number,
  itemIds: readonly number[],
): Promise<void> {
  await tx.query('DELETE FROM gazette_issue_items WHERE issue_id = $1', [issueId]);
  if (itemIds.length > 0) {
    await tx.query(
      `INSERT INTO gazette_issue_items (issue_id, position, item_id)
       SELECT $1, ord::int, id FROM unnest($2::bigint[]) WITH ORDINALITY AS t(id, ord)`,
      [issueId, itemIds],
    );
  }
}

/** The issue's 目录 in order, with each item's current state. */
export function listIssueEntries(db: Queryable, issueId: number): Promise<GazetteEntryRow[]> {
  return db.query<GazetteEntryRow>(
    `SELECT e.position, e.item_id::int AS "itemId", i.organ_id AS "organId", i.kind, i.status, i.title,
       i.doc_number AS "docNumber", i.published_at AS "publishedAt", e.snapshot
     FROM gazette_issue_items e JOIN items i ON i.id = e.item_id
     WHERE e.issue_id = $1 ORDER BY e.position`,
    [issueId],
  );
}

/** Marks the issue published, writes each item's snapshot and stores the PDF; false when stale. */
export async function markIssuePublished(
  tx: Queryable,
  issue: { id: number; version: number; publishedOn: string },
  snapshots: readonly { itemId: number; snapshot: GazetteSnapshot }[],
  pdf: { bytes: Uint8Array; pages: number },
  by: string,
  at: Date,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE gazette_issues SET status = 'published', published_at = $3, published_by_name = $4,
       published_on = $5, version = version + 1, updated_at = $3
     WHERE id = $1 AND version = $2 AND status = 'draft' RETURNING id`,
    [issue.id, issue.version, at, by, issue.publishedOn],
  );
  if (rows.length !== 1) {
    return false;
  }
  for (const s of snapshots) {
    await tx.query(
      'UPDATE gazette_issue_items SET snapshot = $3::jsonb WHERE issue_id = $1 AND item_id = $2',
      [issue.id, s.itemId, JSON.stringify(s.snapshot)],
    );
  }
  await tx.query(
    'INSERT INTO gazette_pdfs (issue_id, bytes, size, pages, created_at) VALUES ($1, $2, $3, $4, $5)',
    [issue.id, pdf.bytes, pdf.bytes.length, pdf.pages, at],
  );
  return true;
}

/** The stored PDF of a published issue, or null. */
export function findIssuePdf(db: Queryable, issueId: number): Promise<{ bytes: Uint8Array } | null> {
  return queryOne<{ bytes: Uint8Array }>(db, 'SELECT bytes FROM gazette_pdfs WHERE issue_id = $1', [issueId]);
}

/** The organ's published items an issue may carry, matching `search` in the title or 文号 (newest first). */
export function listGazetteCandidates(
  db: Queryable,
  organId: number,
  kinds: readonly string[],
  search: string,
): Promise<{ id: number; kind: string; title: string; docNumber: string; publishedAt: Date | null }[]> {
  return db.query(
    `SELECT i.id::int AS id, i.kind, i.title, i.doc_number AS "docNumber", i.published_at AS "publishedAt"
     FROM items i
     WHERE i.organ_id = $1 AND i.status = 'published' AND i.kind = ANY($2::text[])
       AND ($3 = '' OR strpos(i.title, $3) > 0 OR strpos(i.doc_number, $3) > 0)
     ORDER BY i.published_at DESC, i.id DESC LIMIT 100`,
    [organId, kinds, search],
  );
}

/** Items by id (the picked ones), locked when `forUpdate`, with what the checks need. */
export function findIssueItems(
  db: Queryable,
  ids: readonly number[],
): Promise<
  { id: number; organId: number; kind: string; status: string; title: string; publishedAt: Date | null }[]
> {
  return db.query(
    `SELECT i.id::int AS id, i.organ_id AS "organId", i.kind, i.status, i.title, i.published_at AS "publishedAt"
     FROM items i WHERE i.id = ANY($1::bigint[])`,
    [ids],
  );
}
