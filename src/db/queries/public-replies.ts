/**
 * Public replies (「公开此答复」, decision 034): a closed case's 答复书 as the portal shows it, personal
 * data removed. One row per case; 撤回公开 sets withdrawn_at, a later publication reuses the row.
 */
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { queryOne, type Queryable } from '../db.ts';

export type PublicReplyRow = {
  id: number;
  caseId: number;
  letterId: number;
  organId: number;
  /** the 答复书's number (「博政公开〔2024〕12号-答复」) */
  caseNumber: string;
  requestSummary: string;
  decision: string;
  receivedOn: LocalDate;
  repliedOn: LocalDate;
  replyText: string;
  publishedAt: Date;
  withdrawnAt: Date | null;
  version: number;
};

const COLUMNS = `id::int AS id, case_id::int AS "caseId", letter_id::int AS "letterId", organ_id AS "organId",
  case_number AS "caseNumber", request_summary AS "requestSummary", decision, received_on::text AS "receivedOn",
  replied_on::text AS "repliedOn", reply_text AS "replyText", published_at AS "publishedAt",
  withdrawn_at AS "withdrawnAt", version`;

/** What publishing writes. */
export type PublicReplyInput = Omit<PublicReplyRow, 'id' | 'withdrawnAt' | 'version'> & {
  publishedBy: number;
};

/** Publishes (or publishes again) a case's reply; returns the row's id. */
export async function upsertPublicReply(tx: Queryable, input: PublicReplyInput): Promise<number> {
  const row = await queryOne<{ id: number }>(
    tx,
    `INSERT INTO public_replies (case_id, letter_id, organ_id, case_number, request_summary, decision, received_on,
       replied_on, reply_text, published_at, published_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8::date, $9, $10, $11)
     ON CONFLICT (case_id) DO UPDATE SET letter_id = EXCLUDED.letter_id, organ_id = EXCLUDED.organ_id,
       case_number = EXCLUDED.case_number, request_summary = EXCLUDED.request_summary, decision = EXCLUDED.decision,
       received_on = EXCLUDED.received_on, replied_on = EXCLUDED.replied_on, reply_text = EXCLUDED.reply_text,
       published_at = EXCLUDED.published_at, published_by = EXCLUDED.published_by, withdrawn_at = NULL,
       version = public_replies.version + 1
     RETURNING id::int AS id`,
    [
      input.caseId,
      input.letterId,
      input.organId,
      input.caseNumber,
      input.requestSummary,
      input.decision,
      input.receivedOn,
      input.repliedOn,
      input.replyText,
      input.publishedAt,
      input.publishedBy,
    ],
  );
  return row!.id;
}

/** Takes a reply off the portal; false when it was not public (or the version moved on). */
export async function withdrawPublicReply(
  tx: Queryable,
  caseId: number,
  version: number,
  at: Date,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE public_replies SET withdrawn_at = $3, version = version + 1
     WHERE case_id = $1 AND version = $2 AND withdrawn_at IS NULL RETURNING id`,
    [caseId, version, at],
  );
  return rows.length === 1;
}

/** A case's reply row (public or withdrawn), or null. */
export async function findPublicReplyOfCase(db: Queryable, caseId: number): Promise<PublicReplyRow | null> {
  const rows = await db.query<PublicReplyRow>(`SELECT ${COLUMNS} FROM public_replies WHERE case_id = $1`, [
    caseId,
  ]);
  return rows[0] ?? null;
}

/** One public reply by id, or null (withdrawn or unknown). */
export async function findPublicReply(db: Queryable, id: number): Promise<PublicReplyRow | null> {
  const rows = await db.query<PublicReplyRow>(
    `SELECT ${COLUMNS} FROM public_replies WHERE id = $1 AND withdrawn_at IS NULL`,
    [id],
  );
  return rows[0] ?? null;
}

/** An organ's public replies, newest first (at most `limit`). */
export async function listPublicReplies(
  db: Queryable,
  organId: number,
  limit: number,
): Promise<PublicReplyRow[]> {
  return db.query<PublicReplyRow>(
    `SELECT ${COLUMNS} FROM public_replies WHERE organ_id = $1 AND withdrawn_at IS NULL
     ORDER BY published_at DESC, id DESC LIMIT $2`,
    [organId, limit],
  );
}

/** Every public reply's id and organ, by id (the sitemap lists each reply page). */
export function listPublicReplyKeys(db: Queryable): Promise<{ id: number; organId: number }[]> {
  return db.query<{ id: number; organId: number }>(
    `SELECT id::int AS id, organ_id AS "organId" FROM public_replies WHERE withdrawn_at IS NULL ORDER BY id`,
  );
}

/**
 * A string that changes whenever a reply is published, withdrawn or published again: each of these
 * inserts a row (count) or bumps its version, so the sum of versions over all rows (withdrawn ones
 * included) only grows. One pass over the rows' integer columns.
 * @example await readPublicRepliesVersion(db) // '3.5'
 */
export async function readPublicRepliesVersion(db: Queryable): Promise<string> {
  const row = await queryOne<{ key: string }>(
    db,
    `SELECT concat_ws('.', count(*), COALESCE(sum(version), 0)) AS key FROM public_replies`,
  );
  return row!.key;
}
