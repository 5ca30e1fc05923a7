/**
 * The organ's publishing settings, changed by its 管理员 (or an administrator above it): the 索引号
 * pattern and code, whether a drafter may sign their own items (small organs), and 三同步. Recorded
 * in the audit log with before and after; items show the rule in force. Changing 三同步 re-checks
 * the published items (recheck-items.ts).
 */
import { appendAudit } from '../../db/queries/audit.ts';
import { savePublishingSettings } from '../../db/queries/publishing/settings.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { indexPatternProblem } from '../../domain/publishing/index-number.ts';
import type { AppDeps } from '../deps.ts';
import { forbiddenFor, invalid, NOT_FOUND, type Result } from '../failures.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import { loadPublishingSettings, type PublishingSettings } from './publishing-settings.ts';
import { recheckAfterSettingsChange } from './recheck-items.ts';

/** The settings page's data, or a failure when the person may not change them. */
export async function publishingSettingsFor(
  deps: AppDeps,
  actor: Actor,
  organId: number,
): Promise<
  Result<
    { organName: string; settings: PublishingSettings; creditCode: string | null },
    'forbidden' | 'not_found'
  >
> {
  const registry = await loadOrganRegistry(deps.db);
  const organ = registry.byId.get(organId);
  if (!organ) {
    return NOT_FOUND;
  }
  if (!can(actor, 'organ.manage', organId, registry.tree)) {
    return forbiddenFor(['admin']);
  }
  return {
    ok: true,
    organName: organ.name,
    settings: await loadPublishingSettings(deps.db, organId),
    creditCode: organ.creditCode,
  };
}

/** Saves the settings from the form. */
export async function changePublishingSettings(
  deps: AppDeps,
  actor: Actor,
  organId: number,
  form: Record<string, string | undefined>,
): Promise<Result<{ organId: number }, 'invalid' | 'forbidden' | 'not_found'>> {
  const page = await publishingSettingsFor(deps, actor, organId);
  if (!page.ok) {
    return page;
  }
  const pattern = (form.indexPattern ?? '').trim();
  const code = (form.indexCode ?? '').trim().toUpperCase();
  const errors: Record<string, string> = {};
  const problem = indexPatternProblem(pattern);
  if (problem !== null) {
    errors.indexPattern = problem;
  }
  if (code !== '' && !/^[0-9A-Z]{1,30}$/.test(code)) {
    errors.indexCode = '机构代码只能含数字和大写字母，最长30位；留空则使用统一社会信用代码';
  }
  if (Object.keys(errors).length > 0) {
    return invalid(errors);
  }
  const next = {
    indexPattern: pattern,
    indexCode: code === '' ? null : code,
    drafterMaySign: form.drafterMaySign === 'yes',
    interpretationRequired: form.interpretationRequired === 'yes',
  };
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await savePublishingSettings(tx, organId, next, actor.displayName, at);
    const before = page.settings;
    await appendAudit(tx, {
      at,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId,
      action: 'publishing.settings',
      entity: 'publishing_settings',
      entityId: String(organId),
      before: {
        indexPattern: before.indexPattern,
        indexCode: before.indexCode,
        drafterMaySign: before.drafterMaySign,
        interpretationRequired: before.interpretationRequired,
      },
      after: next,
    });
  });
  // 三同步 is a checking setting: published items are re-checked under it (at once when few)
  if (page.settings.interpretationRequired !== next.interpretationRequired) {
    await recheckAfterSettingsChange(deps, organId, { accountId: actor.accountId, name: actor.displayName });
  }
  return { ok: true, organId };
}
