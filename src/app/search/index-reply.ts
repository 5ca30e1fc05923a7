/**
 * Keeps a public reply's search rows in step with it (decision 034), inside the transaction that
 * publishes or withdraws it: the record row is the 申请内容 summary and the 答复书 number, the body
 * is the published (masked) reply text. A withdrawn reply has no rows.
 */
import type { Queryable } from '../../db/db.ts';
import { findPublicReply } from '../../db/queries/public-replies.ts';
import { searchDocuments } from '../../domain/search/search-document.ts';
import { SQL_SEARCH_INDEX, type SearchIndex } from './search-index.ts';

/** 体裁 of a reply in the index (so the 体裁 facet names it). */
const REPLY_GENRE = '答复';

/** Indexes the reply `replyId` as it now is, or removes its rows (withdrawn or gone). */
export async function indexReply(
  tx: Queryable,
  replyId: number,
  index: SearchIndex = SQL_SEARCH_INDEX,
): Promise<void> {
  const source = { kind: 'reply' as const, id: replyId };
  const reply = await findPublicReply(tx, replyId);
  if (reply === null) {
    await index.remove(tx, source);
    return;
  }
  const documents = searchDocuments({
    title: `关于“${reply.requestSummary}”的答复`,
    docNumber: reply.caseNumber,
    indexNumber: '',
    summary: reply.requestSummary,
    keywords: '',
    bodyText: reply.replyText,
    files: [],
  });
  await index.replace(tx, source, documents, {
    organId: reply.organId,
    kind: 'reply',
    genre: REPLY_GENRE,
    topic: '',
    validity: null,
    columnIds: [],
    publishedAt: reply.publishedAt,
    writtenOn: reply.repliedOn,
  });
}
