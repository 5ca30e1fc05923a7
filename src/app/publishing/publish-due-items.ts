/**
 * 定时发布: publishes every scheduled item whose time has come — exactly once, also with several
 * app processes on one database (each claims one row with FOR UPDATE SKIP LOCKED and re-checks its
 * status inside the transaction) and after a restart that spanned the time (the sweep runs at start).
 */
import { claimDueScheduledItem } from '../../db/queries/publishing/items.ts';
import type { AppDeps } from '../deps.ts';
import { publishItem } from './publish-item.ts';

const SYSTEM = { accountId: null, name: '系统（定时发布）' };

/** Publishes the due items one transaction each; returns how many were published. */
export async function publishDueItems(deps: Pick<AppDeps, 'db' | 'clock'>, limit = 100): Promise<number> {
  let count = 0;
  for (let i = 0; i < limit; i += 1) {
    const now = deps.clock.now();
    const published = await deps.db.transaction(async (tx) => {
      const row = await claimDueScheduledItem(tx, now);
      if (row === null) {
        return null;
      }
      return publishItem(tx, row, row.scheduledAt ?? now, SYSTEM, { audit: 'item.scheduledPublish' });
    });
    if (published === null) {
      break;
    }
    count += published ? 1 : 0;
  }
  return count;
}
