/**
 * Who edits an organ's 法定主动公开内容 columns and 主动公开事项目录: its 管理员 (or an administrator
 * above it), as for 发布设置.
 */
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { forbiddenFor, NOT_FOUND, type Result } from '../failures.ts';
import type { AppDeps } from '../deps.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';

/** The organ's name when the person may edit its catalogue. */
export async function catalogueOrgan(
  deps: AppDeps,
  actor: Actor,
  organId: number,
): Promise<Result<{ organName: string }, 'forbidden' | 'not_found'>> {
  const registry = await loadOrganRegistry(deps.db);
  const organ = registry.byId.get(organId);
  if (!organ) {
    return NOT_FOUND;
  }
  if (!can(actor, 'organ.manage', organId, registry.tree)) {
    return forbiddenFor(['admin']);
  }
  return { ok: true, organName: organ.name };
}
