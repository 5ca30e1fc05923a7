/**
 * The site's registration data (网站域名, 政府网站标识码, ICP备案号, 公安机关备案号), set by an
 * administrator of the root organ — the 主办单位 — and recorded in the audit log. The portal picks
 * the new values up with its next directory snapshot (within seconds).
 */
import { appendAudit } from '../../db/queries/audit.ts';
import { readSiteSettings, saveSiteSettings } from '../../db/queries/settings.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { parseSiteSettings, type SiteSettingsInput } from '../../domain/portal/site-settings.ts';
import type { AppDeps } from '../deps.ts';
import { forbiddenFor, invalid, type Result } from '../failures.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';

async function rootFor(deps: AppDeps, actor: Actor): Promise<number | null> {
  const registry = await loadOrganRegistry(deps.db);
  const root = registry.organs.find((o) => o.parentId === null);
  return root !== undefined && can(actor, 'organ.manage', root.id, registry.tree) ? root.id : null;
}

/** The current values, or 403 for anyone but an administrator of the root organ. */
export async function siteSettingsFor(
  deps: AppDeps,
  actor: Actor,
): Promise<Result<{ values: SiteSettingsInput }, 'forbidden'>> {
  if ((await rootFor(deps, actor)) === null) {
    return forbiddenFor(['admin']);
  }
  const s = await readSiteSettings(deps.db);
  return {
    ok: true,
    values: {
      domain: s['site.domain'] ?? '',
      idCode: s['site.id_code'] ?? '',
      icp: s['site.icp'] ?? '',
      policeRecord: s['site.police_record'] ?? '',
    },
  };
}

/** Saves the values from the form (empty = not yet: the portal shows a marked placeholder). */
export async function changeSiteSettings(
  deps: AppDeps,
  actor: Actor,
  form: Record<string, string | undefined>,
): Promise<Result<{ values: SiteSettingsInput }, 'invalid' | 'forbidden'>> {
  const current = await siteSettingsFor(deps, actor);
  if (!current.ok) {
    return current;
  }
  const parsed = parseSiteSettings(form);
  if (!parsed.ok) {
    return invalid(parsed.errors);
  }
  const v = parsed.values;
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await saveSiteSettings(tx, {
      'site.domain': v.domain,
      'site.id_code': v.idCode,
      'site.icp': v.icp,
      'site.police_record': v.policeRecord,
    });
    await appendAudit(tx, {
      at,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: null,
      action: 'site.settings',
      entity: 'setting',
      entityId: 'site',
      before: { ...current.values },
      after: { ...v },
    });
  });
  return { ok: true, values: v };
}
