/**
 * 「公开此答复」 and 「撤回公开」 (decision 034): a closed case's 答复书 goes to the portal with personal
 * data removed — the person confirms the check, and whatever text they submit is masked again
 * (the applicant's own values replaced, other personal data masked) — or comes off it. Each step
 * writes the public row, the search rows and an audit record in one transaction; the audit names
 * the case and the 答复书, never the text.
 */
import { appendAudit } from '../../db/queries/audit.ts';
import {
  findPublicReplyOfCase,
  upsertPublicReply,
  withdrawPublicReply,
} from '../../db/queries/public-replies.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { applicantValues, checkPublishReplyForm, maskReplyText } from '../../domain/replies/public-reply.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { loadCaseFor, type LoadedCase } from '../cases/load-case.ts';
import { forbiddenFor, invalid, NOT_FOUND, refused, STALE, type Result } from '../failures.ts';
import { indexReply } from '../search/index-reply.ts';
import { REPLY_PUBLISHERS, replyDraftOf } from './reply-draft.ts';
import type { Queryable } from '../../db/db.ts';
import { rolesOnOrgan } from '../cases/case-access.ts';

type Ctx = { tx: Queryable; actor: Actor; loaded: LoadedCase; at: Date };

async function audit(ctx: Ctx, action: string, before: unknown, after: unknown): Promise<void> {
  await appendAudit(ctx.tx, {
    at: ctx.at,
    actorId: ctx.actor.accountId,
    actorName: ctx.actor.displayName,
    organId: ctx.loaded.row.organId,
    action,
    entity: 'case',
    entityId: String(ctx.loaded.row.id),
    before,
    after,
  });
}

async function inCase<T>(
  deps: CaseDeps,
  actor: Actor,
  caseId: number,
  run: (ctx: Ctx) => Promise<Result<T>>,
): Promise<Result<T>> {
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const loaded = await loadCaseFor(tx, actor, caseId, true);
    if (loaded === null) {
      return NOT_FOUND;
    }
    if (!rolesOnOrgan(actor, loaded.row.organId).some((r) => REPLY_PUBLISHERS.includes(r))) {
      return forbiddenFor(REPLY_PUBLISHERS);
    }
    return run({ tx, actor, loaded, at });
  });
}

/** Publishes the case's reply (form: confirmMasked=yes, text, summary). */
export async function publishReply(
  deps: CaseDeps,
  actor: Actor,
  caseId: number,
  form: Record<string, string | undefined>,
): Promise<Result<{ replyId: number }>> {
  return inCase(deps, actor, caseId, async (ctx) => {
    const draft = await replyDraftOf(ctx.tx, actor, ctx.loaded);
    if (draft.blockedBy !== null) {
      return refused(draft.blockedBy);
    }
    if (draft.current !== null && draft.current.withdrawnAt === null) {
      return refused('该答复已公开，无需重复操作');
    }
    const checked = checkPublishReplyForm(form);
    if (!checked.ok) {
      return invalid(checked.errors);
    }
    const values = applicantValues(ctx.loaded.row.applicant);
    const replyId = await upsertPublicReply(ctx.tx, {
      caseId,
      letterId: draft.letterId!,
      organId: ctx.loaded.row.organId,
      caseNumber: draft.letterNumber,
      requestSummary: maskReplyText(checked.value.summary, values),
      decision: ctx.loaded.row.decision!,
      receivedOn: ctx.loaded.row.receivedOn,
      repliedOn: draft.repliedOn as typeof ctx.loaded.row.receivedOn,
      replyText: maskReplyText(checked.value.text, values),
      publishedAt: ctx.at,
      publishedBy: actor.accountId,
    });
    await audit(
      ctx,
      'case.publishReply',
      { public: false },
      { public: true, replyId, letterId: draft.letterId },
    );
    await indexReply(ctx.tx, replyId); // findable the moment it is public
    return { ok: true, replyId };
  });
}

/** Takes the case's reply off the portal and out of search (form: version of the public row). */
export async function withdrawReply(
  deps: CaseDeps,
  actor: Actor,
  caseId: number,
  form: Record<string, string | undefined>,
): Promise<Result<{ replyId: number }>> {
  return inCase(deps, actor, caseId, async (ctx) => {
    const current = await findPublicReplyOfCase(ctx.tx, caseId);
    if (current === null || current.withdrawnAt !== null) {
      return refused('该答复未公开或已撤回');
    }
    const version = /^[1-9]\d{0,8}$/.test(form.version ?? '') ? Number(form.version) : null;
    if (version === null || !(await withdrawPublicReply(ctx.tx, caseId, version, ctx.at))) {
      return STALE;
    }
    await audit(ctx, 'case.withdrawReply', { public: true, replyId: current.id }, { public: false });
    await indexReply(ctx.tx, current.id); // gone from search at once
    return { ok: true, replyId: current.id };
  });
}
