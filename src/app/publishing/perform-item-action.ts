/**
 * One workflow step of an item (提交审核, 审核, 签发 / 定时发布, 退回, 取消定时, 撤回, 变更有效性).
 * In one transaction: lock the item → may the person see it, is it the version they saw → ask the
 * transition table → read the step's form → run the checks where the step publishes → write the
 * item, its event and the audit record.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { appendItemEvent, linkedItems } from '../../db/queries/publishing/item-links.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { updateItemRow } from './item-writes.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { parseActionInput, type ActionInput } from '../../domain/publishing/action-input.ts';
import { hasBlockingFinding } from '../../domain/publishing/checks/check-item.ts';
import { itemRefusal, nextStatus, type ItemAction } from '../../domain/publishing/transitions.ts';
import type { ItemKind, ItemStatus } from '../../domain/publishing/vocabulary.ts';
import { rolesOnOrgan } from '../cases/case-access.ts';
import { invalid, NOT_FOUND, refused, STALE, type Result } from '../failures.ts';
import type { AppDeps } from '../deps.ts';
import { indexItem } from '../search/index-item.ts';
import { loadItemFor } from './item-access.ts';
import { checkItemNow } from './item-checks.ts';
import { beijingDate, publishItem } from './publish-item.ts';
import { loadPublishingSettings, type PublishingSettings } from './publishing-settings.ts';
import { ReportNotPublishable } from './publish-report.ts';
import { unpublishItemReport } from '../../db/queries/publishing/item-reports.ts';

type StepContext = {
  tx: Queryable;
  actor: Actor;
  row: ItemRow;
  settings: PublishingSettings;
  now: Date;
  today: LocalDate;
};
type StepResult = Result<{ itemId: number }>;

/** Thrown inside the transaction when a row changed meanwhile: everything written in it rolls back. */
export class StaleItemError extends Error {
  constructor() {
    super('item changed meanwhile');
  }
}

const by = (actor: Actor) => ({ accountId: actor.accountId, name: actor.displayName });

async function blockingMessage(
  ctx: StepContext,
  row: ItemRow,
  publishOn: LocalDate,
): Promise<{ error: string | null; warnings: string[] }> {
  const findings = await checkItemNow(
    ctx.tx,
    row,
    ctx.settings,
    'sign',
    ctx.today,
    publishOn,
    new Set([ctx.row.id]),
  );
  const errors = findings.filter((f) => f.severity === 'error');
  const prefix = row.id === ctx.row.id ? '' : `解读「${row.title}」：`;
  return {
    error: hasBlockingFinding(findings)
      ? `${prefix}发布前检查发现${errors.length}个错误，须先修改：${errors.map((e) => e.message).join('；')}`
      : null,
    warnings: findings.filter((f) => f.severity === 'warning').map((f) => `${prefix}${f.message}`),
  };
}

async function sign(ctx: StepContext, input: Extract<ActionInput, { kind: 'sign' }>): Promise<StepResult> {
  const publishOn = input.publishAt === null ? ctx.today : beijingDate(input.publishAt);
  const together = (await linkedItems(ctx.tx, ctx.row.id, 'interpretations')).filter(
    (i) => i.status === 'inSigning',
  );
  const rows = [
    ctx.row,
    ...(await Promise.all(together.map((i) => findItem(ctx.tx, i.id, true)))).filter((r) => r !== null),
  ];
  const checks = [];
  for (const row of rows) {
    checks.push(await blockingMessage(ctx, row, publishOn));
  }
  const error = checks.find((c) => c.error !== null)?.error;
  if (error !== undefined && error !== null) {
    return refused(error);
  }
  const warnings = checks.flatMap((c) => c.warnings);
  if (warnings.length > 0 && input.warningReason === '') {
    return invalid({
      warningReason: `检查有${warnings.length}条提示，签发前请写明为何仍然发布：${warnings.join('；')}`,
    });
  }
  const accepted = warnings.map((message) => ({ message, reason: input.warningReason }));
  // the reason goes into the audit record too (a roll-up signed before its organs published, 038)
  const reasonAudit = accepted.length > 0 ? { warningReason: input.warningReason } : {};
  for (const row of rows) {
    const signedByDrafter = row.draftedBy === ctx.actor.accountId;
    const common = { acceptedWarnings: accepted, signedByDrafter };
    if (input.publishAt !== null) {
      if (
        !(await updateItemRow(
          ctx.tx,
          row.id,
          row.version,
          { ...common, status: 'scheduled', scheduledAt: input.publishAt },
          ctx.now,
        ))
      ) {
        return STALE;
      }
      await appendItemEvent(
        ctx.tx,
        row.id,
        by(ctx.actor),
        'scheduled',
        { publishAt: input.publishAt.toISOString() },
        ctx.now,
      );
      await audit(ctx, row, 'item.sign', {
        status: 'scheduled',
        publishAt: input.publishAt.toISOString(),
        ...reasonAudit,
      });
      continue;
    }
    if (!(await updateItemRow(ctx.tx, row.id, row.version, common, ctx.now))) {
      throw new StaleItemError();
    }
    await appendItemEvent(ctx.tx, row.id, by(ctx.actor), 'signed', { warnings: accepted }, ctx.now);
    const fresh = (await findItem(ctx.tx, row.id, true))!;
    if (!(await publishItem(ctx.tx, fresh, ctx.now, by(ctx.actor), { audit: 'item.sign', ...reasonAudit }))) {
      throw new StaleItemError();
    }
  }
  return { ok: true, itemId: ctx.row.id };
}

async function audit(
  ctx: StepContext,
  row: ItemRow,
  action: string,
  after: Record<string, unknown>,
): Promise<void> {
  await appendAudit(ctx.tx, {
    at: ctx.now,
    actorId: ctx.actor.accountId,
    actorName: ctx.actor.displayName,
    organId: row.organId,
    action,
    entity: 'item',
    entityId: String(row.id),
    before: { status: row.status },
    after,
  });
}

async function simpleStep(ctx: StepContext, action: ItemAction, input: ActionInput): Promise<StepResult> {
  const status = nextStatus(action, ctx.row.status as ItemStatus);
  const patch =
    input.kind === 'withdraw'
      ? { status, withdrawnAt: ctx.now, withdrawnReason: input.reason, scheduledAt: null }
      : input.kind === 'validity'
        ? {
            validity: input.validity,
            validityOn: input.on,
            validityNote: input.note,
            replacedBy: input.replacedBy,
          }
        : action === 'cancelSchedule'
          ? { status, scheduledAt: null }
          : { status };
  if (input.kind === 'validity' && input.replacedBy !== null) {
    const other = await findItem(ctx.tx, input.replacedBy);
    if (
      other === null ||
      other.organId !== ctx.row.organId ||
      other.status !== 'published' ||
      other.id === ctx.row.id
    ) {
      return invalid({ replacedBy: '替代的文件须是本机关已发布的另一份文件' });
    }
  }
  if (action === 'submitForReview') {
    const findings = await checkItemNow(ctx.tx, ctx.row, ctx.settings, 'save', ctx.today, ctx.today);
    if (hasBlockingFinding(findings)) {
      return refused(
        `发布前检查发现错误，请先修改后再提交审核：${findings
          .filter((f) => f.severity === 'error')
          .map((f) => f.message)
          .join('；')}`,
      );
    }
  }
  if (!(await updateItemRow(ctx.tx, ctx.row.id, ctx.row.version, patch, ctx.now))) {
    return STALE;
  }
  if (input.kind === 'withdraw') {
    // a withdrawn 年度报告 leaves the 公开年报 column with it (decision 029)
    await unpublishItemReport(ctx.tx, ctx.row.id);
  }
  const data = input.kind === 'none' ? {} : { ...input };
  await appendItemEvent(ctx.tx, ctx.row.id, by(ctx.actor), action, data, ctx.now);
  // the audit record lists the step's facts (its `kind` is the form's, not the item's)
  const facts = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'kind'));
  await audit(ctx, ctx.row, `item.${action}`, { status, ...facts });
  return { ok: true, itemId: ctx.row.id };
}

/**
 * @param version the item version the person's page showed (stale submits are refused)
 */
export async function performItemAction(
  deps: AppDeps,
  actor: Actor,
  itemId: number,
  version: number,
  action: ItemAction,
  form: Record<string, string | undefined>,
): Promise<StepResult> {
  if (action === 'revise' || action === 'edit') {
    return refused('修改和修订请在编辑页面进行');
  }
  const now = deps.clock.now();
  const today = deps.clock.today() as LocalDate;
  return withStaleAsResult(() =>
    deps.db.transaction(async (tx) => {
      const loaded = await loadItemFor(tx, actor, itemId, true);
      if (loaded === null) {
        return NOT_FOUND;
      }
      const { row } = loaded;
      const settings = await loadPublishingSettings(tx, row.organId);
      const facts = {
        status: row.status as ItemStatus,
        kind: row.kind as ItemKind,
        draftedBy: row.draftedBy,
      };
      const refusal = itemRefusal(action, rolesOnOrgan(actor, row.organId), facts, {
        accountId: actor.accountId,
        drafterMaySign: settings.drafterMaySign,
      });
      if (refusal !== null) {
        return refused(refusal);
      }
      if (row.version !== version) {
        return STALE;
      }
      const parsed = parseActionInput(action, form, now, today);
      if (!parsed.ok) {
        return invalid(parsed.errors);
      }
      const ctx = { tx, actor, row, settings, now, today };
      const result =
        parsed.input.kind === 'sign'
          ? await sign(ctx, parsed.input)
          : await simpleStep(ctx, action, parsed.input);
      if (result.ok && parsed.input.kind !== 'sign' && row.status === 'published') {
        // gone from search the moment it is withdrawn; a new 有效性 is filterable at once
        await indexItem(tx, itemId);
      }
      return result;
    }),
  );
}

/** Runs a transaction; a StaleItemError thrown in it (rolled back) becomes the stale answer. */
export async function withStaleAsResult<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StaleItemError) {
      return STALE;
    }
    if (error instanceof ReportNotPublishable) {
      return refused(error.message);
    }
    throw error;
  }
}
