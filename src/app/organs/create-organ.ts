/**
 * 新增机构: someone who manages the chosen parent adds an organ under it. Inside one transaction
 * (under the tree lock): load the tree → authorize on the parent (never trusting the form's
 * parent id) → validate the fields → insert + audit record.
 */
import { lockOrganTree } from '../../db/queries/organs.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { parseOrganFields, type Organ, type OrganFieldsInput } from '../../domain/organs/organ.ts';
import { loadOrganRegistry } from './load-organ-tree.ts';
import { auditActorOf, insertOrganAudited, isUniqueViolation, uniquenessErrors } from './organ-writes.ts';
import { FORBIDDEN, invalid, type Result } from '../failures.ts';
import type { OrganDeps } from './organ-deps.ts';

/** The form as submitted: the chosen parent id and the raw fields. */
export type CreateOrganInput = { parentId: string | undefined; fields: OrganFieldsInput };

/** Reads a positive integer id from a form or URL; null for anything else. */
export function parseId(text: string | undefined): number | null {
  return text !== undefined && /^[1-9]\d{0,9}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/**
 * @returns the new organ, or why not (a parent the actor does not manage is `forbidden`, whether it exists or not)
 */
export async function createOrgan(
  deps: OrganDeps,
  actor: Actor | null,
  input: CreateOrganInput,
): Promise<Result<{ organ: Organ }, 'invalid' | 'forbidden'>> {
  const parentId = parseId(input.parentId);
  if (parentId === null) {
    return input.parentId === undefined || input.parentId.trim() === ''
      ? invalid({ parentId: '请选择上级机构' })
      : FORBIDDEN;
  }
  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      await lockOrganTree(tx);
      const registry = await loadOrganRegistry(tx);
      const parent = registry.byId.get(parentId);
      if (!actor || !parent || !can(actor, 'organ.manage', parentId, registry.tree)) {
        return FORBIDDEN;
      }
      const parsed = parseOrganFields(input.fields);
      if (!parsed.isValid) {
        return invalid(parsed.errors);
      }
      const conflicts = await uniquenessErrors(tx, parsed.value, null);
      if (Object.keys(conflicts).length > 0) {
        return invalid(conflicts);
      }
      const organ = await insertOrganAudited(tx, parent, parsed.value, auditActorOf(actor), now, 'form');
      return { ok: true as const, organ };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return invalid({ slug: '网址标识或统一社会信用代码刚被其他机构使用，请检查后重试' });
    }
    throw error;
  }
}
