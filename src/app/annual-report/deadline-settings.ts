/**
 * 年度报告报送时限 (issue 12, 第四十九条): the local deadlines of the groups the 条例 leaves to local
 * rules (乡镇人民政府、街道办事处, other units) and earlier local dates for the statutory ones, set by
 * an administrator of the root organ (as the site settings are) and recorded in the audit log.
 * The report status page and the report item's deadline read them through `loadDeadlineSettings`.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { readDeadlineSettings, saveDeadlineSettings } from '../../db/queries/report-deadline-settings.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  parseDeadlineSettings,
  reportDeadline,
  type DeadlineGroup,
  type ReportDeadline,
  type ReportDeadlineSettings,
} from '../../domain/annual-report/report-deadline.ts';
import type { OrganLevel, OrganType } from '../../domain/organs/organ.ts';
import { forbiddenFor, invalid, type Result } from '../failures.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import type { CaseDeps } from '../cases/case-deps.ts';

/** The stored settings (a stored value the rules refuse now is dropped, so the statute applies). */
export async function loadDeadlineSettings(db: Queryable): Promise<ReportDeadlineSettings> {
  const stored = await readDeadlineSettings(db);
  const checked = parseDeadlineSettings(stored);
  return checked.ok ? checked.settings : {};
}

/**
 * The deadline of an organ's report of `year` under the stored settings.
 * @example (await reportDeadlineOf(db, { type: 'township', level: 'township' }, 2025)).due // '2026-01-31'
 */
export async function reportDeadlineOf(
  db: Queryable,
  organ: { type: OrganType; level: OrganLevel },
  year: number,
): Promise<ReportDeadline> {
  return reportDeadline(organ, year, await loadDeadlineSettings(db));
}

async function isRootAdmin(deps: CaseDeps, actor: Actor | null): Promise<boolean> {
  const registry = await loadOrganRegistry(deps.db);
  const root = registry.organs.find((o) => o.parentId === null);
  return root !== undefined && can(actor, 'organ.manage', root.id, registry.tree);
}

/** The current settings, or 403 for anyone but an administrator of the root organ. */
export async function deadlineSettingsFor(
  deps: CaseDeps,
  actor: Actor | null,
): Promise<Result<{ settings: ReportDeadlineSettings }, 'forbidden'>> {
  if (!(await isRootAdmin(deps, actor))) {
    return forbiddenFor(['admin']);
  }
  return { ok: true, settings: await loadDeadlineSettings(deps.db) };
}

/** Saves the form (an empty field: the statute, or our default 1月31日), with an audit record. */
export async function changeDeadlineSettings(
  deps: CaseDeps,
  actor: Actor | null,
  form: Partial<Record<DeadlineGroup, string | undefined>>,
): Promise<Result<{ settings: ReportDeadlineSettings }, 'invalid' | 'forbidden'>> {
  const current = await deadlineSettingsFor(deps, actor);
  if (!current.ok) {
    return current;
  }
  const parsed = parseDeadlineSettings(form);
  if (!parsed.ok) {
    return invalid(parsed.errors as Record<string, string>);
  }
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await saveDeadlineSettings(tx, parsed.settings);
    await appendAudit(tx, {
      at,
      actorId: actor!.accountId,
      actorName: actor!.displayName,
      organId: null,
      action: 'report.deadlines',
      entity: 'setting',
      entityId: 'report.deadlines',
      before: { ...current.settings },
      after: { ...parsed.settings },
    });
  });
  return { ok: true, settings: parsed.settings };
}
