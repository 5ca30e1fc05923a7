/**
 * Re-checks the organ's published items against today's pre-publication checks (a rule added
 * since, a setting changed, a linked item withdrawn) and stores each item's result, so the review
 * page lists the items that would not pass now without re-running the checks. Walks the items in
 * id order in batches (memory stays bounded at 10,000+ items); each batch is written in its own
 * transaction. Personal-data findings are stored with their positions only, never the characters.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import {
  countPublishedItems,
  deleteRechecksBefore,
  listPublishedItemsAfter,
  saveItemRechecks,
  type ItemRecheck,
  type StoredFinding,
} from '../../db/queries/publishing/item-rechecks.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { ITEM_CHECKS_VERSION, type ItemFinding } from '../../domain/publishing/checks/check-item.ts';
import type { AppDeps } from '../deps.ts';
import { checkItemWith, factsOfItems } from './item-checks.ts';
import { loadPublishingSettings } from './publishing-settings.ts';
import { beijingDate } from '../../domain/calendar/beijing-time.ts';

/** Items read and checked per batch. */
export const RECHECK_BATCH_SIZE = 100;

/** Up to this many published items, a change of a checking setting re-checks them at once. */
export const AUTO_RECHECK_LIMIT = 2_000;

/** What a re-check found. */
export type RecheckOutcome = { checked: number; withErrors: number; withWarnings: number; checkedAt: Date };

/** Who started it (a person, or the command line). */
export type RecheckBy = { accountId: number | null; name: string };

/** A finding as stored: the fields the page shows, nothing more (no excerpt of personal data). */
export function storedFinding(f: ItemFinding): StoredFinding {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    place: f.place,
    ...(f.start !== undefined ? { start: f.start, end: f.end ?? f.start } : {}),
    ...(f.personalData !== undefined ? { personalData: f.personalData } : {}),
  };
}

async function checkBatch(
  db: Queryable,
  organId: number,
  afterId: number,
  size: number,
  context: { settings: Awaited<ReturnType<typeof loadPublishingSettings>>; today: LocalDate; at: Date },
): Promise<{ results: ItemRecheck[]; lastId: number | null }> {
  const rows = await listPublishedItemsAfter(db, organId, afterId, size);
  const facts = await factsOfItems(db, rows);
  const results: ItemRecheck[] = [];
  for (const row of rows) {
    const publishOn = row.publishedAt === null ? context.today : beijingDate(row.publishedAt);
    const findings = checkItemWith(
      row,
      facts.get(row.id)!,
      context.settings,
      'sign',
      context.today,
      publishOn,
    );
    results.push({
      itemId: row.id,
      organId,
      checkedAt: context.at,
      rulesVersion: ITEM_CHECKS_VERSION,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      findings: findings.map(storedFinding),
    });
  }
  return { results, lastId: rows.length === size ? rows[rows.length - 1]!.id : null };
}

/**
 * Re-checks every published item of the organ and records the run in the audit log.
 * @param options.batchSize items per batch (default RECHECK_BATCH_SIZE)
 */
export async function recheckPublishedItems(
  deps: AppDeps,
  organId: number,
  by: RecheckBy,
  options: { batchSize?: number } = {},
): Promise<RecheckOutcome> {
  const size = options.batchSize ?? RECHECK_BATCH_SIZE;
  const at = deps.clock.now();
  const context = {
    settings: await loadPublishingSettings(deps.db, organId),
    today: deps.clock.today() as LocalDate,
    at,
  };
  const outcome: RecheckOutcome = { checked: 0, withErrors: 0, withWarnings: 0, checkedAt: at };
  let afterId: number | null = 0;
  while (afterId !== null) {
    const batch = await checkBatch(deps.db, organId, afterId, size, context);
    await deps.db.transaction((tx) => saveItemRechecks(tx, batch.results));
    outcome.checked += batch.results.length;
    outcome.withErrors += batch.results.filter((r) => r.errors > 0).length;
    outcome.withWarnings += batch.results.filter((r) => r.errors === 0 && r.warnings > 0).length;
    afterId = batch.lastId;
  }
  await deps.db.transaction(async (tx) => {
    await deleteRechecksBefore(tx, organId, at);
    await appendAudit(tx, {
      at,
      actorId: by.accountId,
      actorName: by.name,
      organId,
      action: 'item.recheck',
      entity: 'organ',
      entityId: String(organId),
      before: null,
      after: {
        checked: outcome.checked,
        withErrors: outcome.withErrors,
        withWarnings: outcome.withWarnings,
        rulesVersion: ITEM_CHECKS_VERSION,
      },
    });
  });
  deps.logger.info('items.recheck', { organId, ...outcome, checkedAt: at.toISOString() });
  return outcome;
}

/**
 * After a checking setting changed (三同步): re-checks at once when the organ has few published
 * items; otherwise the review page says the stored results predate the change.
 * @returns the outcome, or null when it was left for a re-check by hand or by the command line
 */
export async function recheckAfterSettingsChange(
  deps: AppDeps,
  organId: number,
  by: RecheckBy,
): Promise<RecheckOutcome | null> {
  if ((await countPublishedItems(deps.db, organId)) > AUTO_RECHECK_LIMIT) {
    return null;
  }
  return recheckPublishedItems(deps, organId, by);
}
