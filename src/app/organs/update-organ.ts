/**
 * 修改机构信息: someone who manages the organ changes its fields, carrying the version the form
 * was shown with; a stale version is refused (「该记录已被他人修改，请刷新后重试」) so nobody
 * silently overwrites a colleague. Load → authorize → validate → update + audit, in one transaction.
 */
import { lockOrganTree } from '../../db/queries/organs.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { parseOrganFields, type Organ, type OrganFieldsInput } from '../../domain/organs/organ.ts';
import { parseId } from './create-organ.ts';
import { loadOrganRegistry } from './load-organ-tree.ts';
import { auditActorOf, isUniqueViolation, uniquenessErrors, updateOrganAudited } from './organ-writes.ts';
import { FORBIDDEN, invalid, NOT_FOUND, type Result, STALE } from '../failures.ts';
import type { OrganDeps } from './organ-deps.ts';

/** The edit form as submitted (the version it was shown with, the raw fields). */
export type UpdateOrganInput = { organId: number; version: string | undefined; fields: OrganFieldsInput };

/**
 * @returns the organ as saved (`isChanged` false when nothing differed), or why not
 */
export async function updateOrgan(
  deps: OrganDeps,
  actor: Actor | null,
  input: UpdateOrganInput,
): Promise<Result<{ organ: Organ; isChanged: boolean }, 'invalid' | 'stale' | 'forbidden' | 'not_found'>> {
  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      await lockOrganTree(tx);
      const registry = await loadOrganRegistry(tx);
      const before = registry.byId.get(input.organId);
      if (!before || !can(actor, 'organ.view', before.id, registry.tree)) {
        return NOT_FOUND;
      }
      if (!actor || !can(actor, 'organ.manage', before.id, registry.tree)) {
        return FORBIDDEN;
      }
      if (parseId(input.version) !== before.version) {
        return STALE;
      }
      const parsed = parseOrganFields(input.fields);
      if (!parsed.isValid) {
        return invalid(parsed.errors);
      }
      const conflicts = await uniquenessErrors(tx, parsed.value, before.id);
      if (Object.keys(conflicts).length > 0) {
        return invalid(conflicts);
      }
      const organ = await updateOrganAudited(tx, before, parsed.value, auditActorOf(actor), now, 'form');
      return organ === null ? STALE : { ok: true as const, organ, isChanged: organ !== before };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return invalid({ slug: '网址标识或统一社会信用代码刚被其他机构使用，请检查后重试' });
    }
    throw error;
  }
}
