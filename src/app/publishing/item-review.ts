/**
 * 已发布信息复查: the organ's published items whose last re-check found errors or warnings, with
 * the findings, when the results were made and whether they predate a rules or settings change;
 * and the re-check itself, started by someone who works in the organ (or its 管理员).
 */
import {
  listFlaggedItems,
  recheckSummary,
  type FlaggedItem,
} from '../../db/queries/publishing/item-rechecks.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { ITEM_CHECKS_VERSION } from '../../domain/publishing/checks/check-item.ts';
import type { AppDeps } from '../deps.ts';
import { forbiddenFor, NOT_FOUND, type Result } from '../failures.ts';
import { loadOrganRegistry, pickWorkingOrgan } from '../organs/load-organ-tree.ts';
import { loadPublishingSettings } from './publishing-settings.ts';
import { recheckPublishedItems, type RecheckOutcome } from './recheck-items.ts';

export type ItemReviewPage = {
  organs: Organ[];
  organ: Organ | null;
  items: FlaggedItem[];
  /** The last re-check, or null when the organ's items were never re-checked. */
  last: { checked: number; flagged: number; at: Date } | null;
  /** Why the stored results may be out of date (rules changed, settings changed after them), or null. */
  outdated: string | null;
  canRecheck: boolean;
};

/** The page for `organText` (default: the first organ the person works in or supervises). */
export async function itemReviewFor(
  deps: AppDeps,
  actor: Actor,
  organText: string | undefined,
): Promise<ItemReviewPage> {
  const registry = await loadOrganRegistry(deps.db);
  const { organs, organ } = pickWorkingOrgan(registry, actor, organText);
  if (organ === null) {
    return { organs, organ, items: [], last: null, outdated: null, canRecheck: false };
  }
  const summary = await recheckSummary(deps.db, organ.id);
  const settings = await loadPublishingSettings(deps.db, organ.id);
  const outdated =
    summary === null
      ? null
      : summary.rulesVersions.some((v) => v !== ITEM_CHECKS_VERSION)
        ? '检查规则已更新，上次复查结果可能已过时，请重新检查。'
        : settings.changed !== null && settings.changed.at > summary.oldest
          ? '发布设置在上次复查后修改过，请重新检查。'
          : null;
  return {
    organs,
    organ,
    items: await listFlaggedItems(deps.db, organ.id),
    last:
      summary === null ? null : { checked: summary.checked, flagged: summary.flagged, at: summary.oldest },
    outdated,
    canRecheck: can(actor, 'work.handle', organ.id, registry.tree),
  };
}

/** Re-checks the organ's published items now (someone who works in the organ, or its 管理员). */
export async function recheckItemsFor(
  deps: AppDeps,
  actor: Actor,
  organId: number,
): Promise<Result<{ outcome: RecheckOutcome }, 'forbidden' | 'not_found'>> {
  const registry = await loadOrganRegistry(deps.db);
  if (!registry.byId.has(organId)) {
    return NOT_FOUND;
  }
  if (!can(actor, 'work.handle', organId, registry.tree)) {
    return forbiddenFor(['handler', 'reviewer', 'approver', 'admin']);
  }
  const outcome = await recheckPublishedItems(deps, organId, {
    accountId: actor.accountId,
    name: actor.displayName,
  });
  return { ok: true, outcome };
}
