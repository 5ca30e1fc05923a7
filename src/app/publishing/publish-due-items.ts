/**
 * 定时发布: publishes every scheduled item whose time has come — exactly once, also with several
 * app processes on one database (each claims one row with FOR UPDATE SKIP LOCKED and re-checks its
 * status inside the transaction) and after a restart that spanned the time (the sweep runs at start).
 *
 * At its time the item is checked again as 签发 checks it (decision 043): what changed since 签发 —
 * another report of the organ's year published meanwhile, a 解读's original withdrawn — may block it
 * now. A publication that is refused or fails **stops**: the item goes back to 待签发 with the
 * reason in its history (event `scheduleFailed`) and in the audit log (`item.scheduledPublishFailed`),
 * and is not tried again until staff act (签发 again, or 签发退回). Before, it stayed 定时发布, was
 * claimed again at every sweep and failed again — forever — and the items due after it waited
 * behind it.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { appendItemEvent } from '../../db/queries/publishing/item-links.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import { claimDueScheduledItem, findItem } from '../../db/queries/publishing/items.ts';
import { updateItemRow } from './item-writes.ts';
import { hasBlockingFinding } from '../../domain/publishing/checks/check-item.ts';
import { nextStatus } from '../../domain/publishing/transitions.ts';
import type { AppDeps } from '../deps.ts';
import { checkItemNow } from './item-checks.ts';
import { beijingDate, publishItem } from './publish-item.ts';
import { ReportNotPublishable } from './publish-report.ts';
import { loadPublishingSettings } from './publishing-settings.ts';

const SYSTEM = { accountId: null, name: '系统（定时发布）' };

/** The event and audit action of a stopped 定时发布 (the item page's history names it). */
export const SCHEDULE_FAILED_EVENT = 'scheduleFailed';
export const SCHEDULE_FAILED_AUDIT = 'item.scheduledPublishFailed';

/** The reason given when publishing failed for a reason the platform did not foresee. */
export const SCHEDULE_INTERNAL_FAILURE = '发布时出现内部错误，未能发布。请联系管理员查看日志后重新签发。';

/** Why the item may not go out now (the 签发 checks' errors), or null. */
async function firingRefusal(tx: Queryable, row: ItemRow, now: Date): Promise<string | null> {
  const settings = await loadPublishingSettings(tx, row.organId);
  const today = beijingDate(now);
  const publishOn = beijingDate(row.scheduledAt ?? now);
  const findings = await checkItemNow(tx, row, settings, 'sign', today, publishOn, new Set([row.id]));
  if (!hasBlockingFinding(findings)) {
    return null;
  }
  const errors = findings.filter((f) => f.severity === 'error');
  return `发布前检查发现${errors.length}个错误：${errors.map((e) => e.message).join('；')}`;
}

/**
 * Takes the locked, still scheduled item out of 定时发布 (to 待签发, as 取消定时发布 does) with the
 * reason in its history and the audit log.
 * @param error what went wrong inside (audit only, never shown on the page)
 */
async function stopSchedule(
  tx: Queryable,
  row: ItemRow,
  reason: string,
  at: Date,
  error: string | null,
): Promise<boolean> {
  const status = nextStatus('cancelSchedule', 'scheduled');
  if (!(await updateItemRow(tx, row.id, row.version, { status, scheduledAt: null }, at))) {
    return false;
  }
  const publishAt = row.scheduledAt?.toISOString() ?? null;
  await appendItemEvent(tx, row.id, SYSTEM, SCHEDULE_FAILED_EVENT, { reason, publishAt }, at);
  await appendAudit(tx, {
    at,
    actorId: SYSTEM.accountId,
    actorName: SYSTEM.name,
    organId: row.organId,
    action: SCHEDULE_FAILED_AUDIT,
    entity: 'item',
    entityId: String(row.id),
    before: { status: row.status, publishAt },
    after: { status, reason, ...(error === null ? {} : { error: error.slice(0, 500) }) },
  });
  return true;
}

type Outcome = { published: boolean } | { stopped: string };

/** Claims the next due item and publishes it, or stops it when the checks refuse it now. */
async function publishNext(
  tx: Queryable,
  now: Date,
  claimed: (row: ItemRow) => void,
): Promise<Outcome | null> {
  const row = await claimDueScheduledItem(tx, now);
  if (row === null) {
    return null;
  }
  claimed(row);
  const refusal = await firingRefusal(tx, row, now);
  if (refusal !== null) {
    await stopSchedule(tx, row, refusal, now, null);
    return { stopped: refusal };
  }
  const published = await publishItem(tx, row, row.scheduledAt ?? now, SYSTEM, {
    audit: 'item.scheduledPublish',
  });
  return { published };
}

/** After a failed publishing transaction (rolled back): stops the item if it is still the one that failed. */
async function stopAfterFailure(deps: Pick<AppDeps, 'db'>, row: ItemRow, error: unknown, now: Date) {
  const reason = error instanceof ReportNotPublishable ? error.message : SCHEDULE_INTERNAL_FAILURE;
  const detail = error instanceof ReportNotPublishable ? null : String(error);
  return deps.db.transaction(async (tx) => {
    const fresh = await findItem(tx, row.id, true);
    return fresh !== null && fresh.status === 'scheduled' && fresh.version === row.version
      ? stopSchedule(tx, fresh, reason, now, detail)
      : false;
  });
}

/**
 * Publishes the due items one transaction each.
 * @returns how many were published (stopped ones are not counted)
 */
export async function publishDueItems(
  deps: Pick<AppDeps, 'db' | 'clock'> & { logger?: AppDeps['logger'] },
  limit = 100,
): Promise<number> {
  let count = 0;
  for (let i = 0; i < limit; i += 1) {
    const now = deps.clock.now();
    let claimed: ItemRow | null = null;
    let outcome: Outcome | null;
    try {
      outcome = await deps.db.transaction((tx) => publishNext(tx, now, (row) => (claimed = row)));
    } catch (error) {
      const row = claimed as ItemRow | null;
      if (row === null) {
        throw error; // nothing claimed: the database itself failed; the next sweep tries again
      }
      deps.logger?.error('scheduled item not published', { itemId: row.id, error: String(error) });
      await stopAfterFailure(deps, row, error, now);
      outcome = { stopped: String(error) };
    }
    if (outcome === null) {
      break;
    }
    if ('stopped' in outcome) {
      deps.logger?.warn('scheduled item stopped', { itemId: (claimed as ItemRow | null)?.id ?? null });
    }
    count += 'published' in outcome && outcome.published ? 1 : 0;
  }
  return count;
}
