/**
 * What the staff page 「公开此答复」 shows for a case (decision 034): whether the reply may be made
 * public, the proposed text and 申请内容 summary with personal data already masked, the outcome in
 * the statute's words, and the public row when there is one. Only people who may see the case get
 * it; only 审核人, 领导（签发） and 管理员 of the case's own organ may publish or withdraw.
 */
import { listLetters, type LetterRow } from '../../db/queries/case-records.ts';
import { findPublicReplyOfCase, type PublicReplyRow } from '../../db/queries/public-replies.ts';
import type { Actor, Role } from '../../domain/access/roles.ts';
import { DECISIONS, type Decision } from '../../domain/case/decisions.ts';
import {
  applicantValues,
  maskReplyText,
  outcomeText,
  replyLetterText,
  type ReplyLetterParts,
} from '../../domain/replies/public-reply.ts';
import { isOneOf } from '../../domain/publishing/vocabulary.ts';
import type { Queryable } from '../../db/db.ts';
import { rolesOnOrgan } from '../cases/case-access.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { loadCaseFor, type LoadedCase } from '../cases/load-case.ts';

/** Who may make a reply public or withdraw it (on the case's own organ). */
export const REPLY_PUBLISHERS: readonly Role[] = ['reviewer', 'approver', 'admin'];

/** The case's last 答复书, or null (withdrawn applications and open cases have none to publish). */
export function replyLetterOf(letters: readonly LetterRow[]): LetterRow | null {
  return [...letters].reverse().find((l) => l.kind === 'reply') ?? null;
}

export type ReplyDraft = {
  caseId: number;
  caseNumber: string;
  /** the organ's 网址标识 (its portal pages), '' when it has none */
  organSlug: string;
  /** why it cannot be published now, or null */
  blockedBy: string | null;
  mayPublish: boolean;
  letterId: number | null;
  letterNumber: string;
  outcome: string;
  receivedOn: string;
  repliedOn: string;
  /** proposed text and summary, masked */
  text: string;
  summary: string;
  current: PublicReplyRow | null;
};

/** The case's decision when it is a known one. */
export function decisionOf(loaded: LoadedCase): Decision | null {
  return isOneOf(DECISIONS, loaded.row.decision) ? loaded.row.decision : null;
}

/** The draft for a loaded case (inside a transaction or not). */
export async function replyDraftOf(db: Queryable, actor: Actor, loaded: LoadedCase): Promise<ReplyDraft> {
  const { row } = loaded;
  const letter = replyLetterOf(await listLetters(db, row.id));
  const decision = decisionOf(loaded);
  const values = applicantValues(row.applicant);
  const blockedBy =
    row.status !== 'closed'
      ? '案件办结后才能公开答复'
      : letter === null || decision === null
        ? '本案没有答复书，不能公开'
        : null;
  const parts = letter?.letter as (ReplyLetterParts & { number?: string }) | undefined;
  return {
    caseId: row.id,
    caseNumber: row.caseNumber,
    organSlug: loaded.registry.byId.get(row.organId)?.slug ?? '',
    blockedBy,
    mayPublish: rolesOnOrgan(actor, row.organId).some((r) => REPLY_PUBLISHERS.includes(r)),
    letterId: letter?.id ?? null,
    letterNumber: parts?.number ?? row.caseNumber,
    outcome: decision === null ? '' : outcomeText(decision),
    receivedOn: row.receivedOn,
    repliedOn: letter?.issuedOn ?? '',
    text: parts === undefined ? '' : maskReplyText(replyLetterText(parts), values),
    summary: maskReplyText(row.summary, values),
    current: await findPublicReplyOfCase(db, row.id),
  };
}

/** The page's data, or null when the case does not exist or is not the person's to see. */
export async function loadReplyDraft(
  deps: CaseDeps,
  actor: Actor,
  caseId: number,
): Promise<ReplyDraft | null> {
  const loaded = await loadCaseFor(deps.db, actor, caseId);
  return loaded === null ? null : replyDraftOf(deps.db, actor, loaded);
}
