/**
 * The portal's public replies (decision 034): an organ's list and one reply. Only what the organ
 * made public, as published (masked); withdrawn replies answer like unknown ones.
 */
import type { Queryable } from '../../db/db.ts';
import { findPublicReply, listPublicReplies, type PublicReplyRow } from '../../db/queries/public-replies.ts';
import { DECISIONS } from '../../domain/case/decisions.ts';
import { isOneOf } from '../../domain/publishing/vocabulary.ts';
import { outcomeText } from '../../domain/replies/public-reply.ts';

/** At most this many replies on the list page (newest first). */
export const REPLY_LIST_LIMIT = 200;

export type PortalReply = PublicReplyRow & { outcome: string };

const withOutcome = (row: PublicReplyRow): PortalReply => ({
  ...row,
  outcome: isOneOf(DECISIONS, row.decision) ? outcomeText(row.decision) : '',
});

/** An organ's public replies, newest first (the list page's REPLY_LIST_LIMIT, or fewer for a feed). */
export async function loadPublicReplies(
  db: Queryable,
  organId: number,
  limit = REPLY_LIST_LIMIT,
): Promise<PortalReply[]> {
  return (await listPublicReplies(db, organId, limit)).map(withOutcome);
}

/** One public reply of the organ, or null. */
export async function loadPublicReply(
  db: Queryable,
  organId: number,
  replyId: number,
): Promise<PortalReply | null> {
  const row = await findPublicReply(db, replyId);
  return row === null || row.organId !== organId ? null : withOutcome(row);
}
