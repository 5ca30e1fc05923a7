/**
 * SQL for what hangs off a case: letters (告知书, as composed), attachments (bytes in the
 * database so that backups hold them), review/litigation records and accepted public submissions.
 */
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { queryOne, type Queryable } from '../db.ts';

export type LetterRow = {
  id: number;
  caseId: number;
  kind: string;
  templateId: string;
  templateVersion: string;
  letter: unknown;
  issuedOn: LocalDate;
  createdAt: Date;
};

/** Stores a composed letter; returns its id. */
export async function insertLetter(tx: Queryable, l: Omit<LetterRow, 'id'>): Promise<number> {
  const row = await queryOne<{ id: string | number }>(
    tx,
    `INSERT INTO case_letters (case_id, kind, template_id, template_version, letter, issued_on, created_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) RETURNING id`,
    [l.caseId, l.kind, l.templateId, l.templateVersion, JSON.stringify(l.letter), l.issuedOn, l.createdAt],
  );
  return Number(row!.id);
}

const letterOf = (r: Record<string, unknown>): LetterRow => ({
  id: Number(r.id),
  caseId: Number(r.case_id),
  kind: r.kind as string,
  templateId: r.template_id as string,
  templateVersion: r.template_version as string,
  letter: r.letter,
  issuedOn: r.issued_on as LocalDate,
  createdAt: r.created_at as Date,
});

/** The case's letters, oldest first. */
export async function listLetters(db: Queryable, caseId: number): Promise<LetterRow[]> {
  const rows = await db.query(
    'SELECT *, issued_on::text AS issued_on FROM case_letters WHERE case_id = $1 ORDER BY id',
    [caseId],
  );
  return rows.map(letterOf);
}

/** One letter of one case, or null. */
export async function findLetter(db: Queryable, caseId: number, letterId: number): Promise<LetterRow | null> {
  const row = await queryOne(
    db,
    'SELECT *, issued_on::text AS issued_on FROM case_letters WHERE case_id = $1 AND id = $2',
    [caseId, letterId],
  );
  return row ? letterOf(row) : null;
}

export type AttachmentMeta = {
  id: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: Date;
  /** 公开的政府信息 delivered with the reply (the applicant may download it), not a supplied document. */
  isReleased: boolean;
};

/** Stores an attachment (`isReleased`: a released file delivered with the reply). */
export async function insertAttachment(
  tx: Queryable,
  caseId: number,
  a: { fileName: string; mediaType: string; sha256: string; content: Uint8Array; isReleased?: boolean },
  at: Date,
): Promise<number> {
  const row = await queryOne<{ id: string | number }>(
    tx,
    `INSERT INTO case_attachments (case_id, file_name, media_type, size, sha256, content, created_at, released)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [caseId, a.fileName, a.mediaType, a.content.byteLength, a.sha256, a.content, at, a.isReleased ?? false],
  );
  return Number(row!.id);
}

/** The case's attachments without their bytes. */
export async function listAttachments(db: Queryable, caseId: number): Promise<AttachmentMeta[]> {
  const rows = await db.query(
    'SELECT id, file_name, media_type, size, sha256, created_at, released FROM case_attachments WHERE case_id = $1 ORDER BY id',
    [caseId],
  );
  return rows.map(attachmentMetaOf);
}

const attachmentMetaOf = (r: Record<string, unknown>): AttachmentMeta => ({
  id: Number(r.id),
  fileName: r.file_name as string,
  mediaType: r.media_type as string,
  size: r.size as number,
  sha256: r.sha256 as string,
  createdAt: r.created_at as Date,
  isReleased: r.released === true,
});

/** One attachment with its bytes, or null. */
export async function findAttachment(
  db: Queryable,
  caseId: number,
  id: number,
): Promise<(AttachmentMeta & { content: Uint8Array }) | null> {
  const r = await queryOne(db, 'SELECT * FROM case_attachments WHERE case_id = $1 AND id = $2', [caseId, id]);
  return r ? { ...attachmentMetaOf(r), content: r.content as Uint8Array } : null;
}

export type ReviewRow = {
  id: number;
  caseId: number;
  kind: string;
  body: string;
  filedOn: LocalDate;
  result: string;
  concludedOn: LocalDate | null;
};

/** Stores a 行政复议 / 行政诉讼 record. */
export async function insertReview(
  tx: Queryable,
  organId: number,
  r: Omit<ReviewRow, 'id'>,
  at: Date,
): Promise<number> {
  const row = await queryOne<{ id: string | number }>(
    tx,
    `INSERT INTO case_reviews (case_id, organ_id, kind, body, filed_on, result, concluded_on, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [r.caseId, organId, r.kind, r.body, r.filedOn, r.result, r.concludedOn, at],
  );
  return Number(row!.id);
}

/** The case's review and litigation records. */
export async function listReviews(db: Queryable, caseId: number): Promise<ReviewRow[]> {
  const rows = await db.query(
    'SELECT id, case_id, kind, body, filed_on::text AS filed_on, result, concluded_on::text AS concluded_on FROM case_reviews WHERE case_id = $1 ORDER BY id',
    [caseId],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    caseId: Number(r.case_id),
    kind: r.kind as string,
    body: r.body as string,
    filedOn: r.filed_on as LocalDate,
    result: r.result as string,
    concludedOn: (r.concluded_on as LocalDate | null) ?? null,
  }));
}

/** The case an accepted submission token made, or null (double submission of one form). */
export async function findSubmission(db: Queryable, tokenHash: string): Promise<number | null> {
  const row = await queryOne<{ case_id: string | number }>(
    db,
    'SELECT case_id FROM case_submissions WHERE token_hash = $1',
    [tokenHash],
  );
  return row ? Number(row.case_id) : null;
}

/** Records that a submission token made a case (a second insert of the same token fails). */
export async function insertSubmission(
  tx: Queryable,
  tokenHash: string,
  caseId: number,
  at: Date,
): Promise<void> {
  await tx.query('INSERT INTO case_submissions (token_hash, case_id, created_at) VALUES ($1, $2, $3)', [
    tokenHash,
    caseId,
    at,
  ]);
}
