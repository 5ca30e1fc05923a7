/**
 * Who drafts, reviews and signs an organ's demo items: `<slug>-gongkai` (公开专员), `<slug>-shenhe`
 * (审核人) and `<slug>-lingdao` (领导). For 教育局 these are the demo accounts people sign in with
 * (demo-accounts.ts); for the other organs they are created here, disabled (nobody signs in with
 * them until an administrator enables them and sets a password), audited as 系统.
 */
import { appendAudit } from '../../db/queries/audit.ts';
import {
  findAccountByUsername,
  insertAccount,
  listRoles,
  replaceRolesIn,
  updateAccount,
} from '../../db/queries/accounts.ts';
import type { Actor, Role } from '../../domain/access/roles.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import type { AppDeps } from '../deps.ts';
import { accountSnapshot } from '../identity/accounts/account-access.ts';
import { generatePassword, hashPassword } from '../identity/passwords.ts';
import { SYSTEM_ACTOR } from '../organs/organ-writes.ts';

const PARTS: readonly [suffix: string, role: Role][] = [
  ['gongkai', 'handler'],
  ['shenhe', 'reviewer'],
  ['lingdao', 'approver'],
];

/** Display names of the people of organs other than 教育局 (fictional, marked 演示). */
const NAMES: Record<string, readonly [string, string, string]> = {
  boshan: ['陈晓（演示）', '周涛（演示）', '吴志强（演示）'],
  czj: ['郑丽（演示）', '冯彬（演示）', '孙国华（演示）'],
  zjj: ['何琳（演示）', '马骏（演示）', '高建华（演示）'],
};

async function ensurePerson(deps: AppDeps, organ: Organ, i: number): Promise<Actor> {
  const [suffix, role] = PARTS[i]!;
  const username = `${organ.slug}-${suffix}`;
  const existing = await findAccountByUsername(deps.db, username);
  if (existing) {
    return {
      accountId: existing.id,
      username,
      displayName: existing.displayName,
      roles: await listRoles(deps.db, existing.id),
      mustChangePassword: false,
    };
  }
  const displayName = NAMES[organ.slug]?.[i] ?? `${organ.shortName}${suffix}（演示）`;
  const passwordHash = await hashPassword(generatePassword());
  const at = deps.clock.now();
  const grants = [{ organId: organ.id, role }];
  const accountId = await deps.db.transaction(async (tx) => {
    const id = await insertAccount(tx, { username, displayName, passwordHash, mustChangePassword: true, at });
    await updateAccount(tx, id, 1, { isDisabled: true }, at);
    await replaceRolesIn(tx, id, [], grants);
    await appendAudit(tx, {
      at,
      ...SYSTEM_ACTOR,
      organId: organ.id,
      action: 'account.create',
      entity: 'account',
      entityId: String(id),
      before: null,
      after: accountSnapshot(
        { username, displayName, isDisabled: true, mustChangePassword: true },
        grants,
        () => organ.name,
      ),
    });
    return id;
  });
  return { accountId, username, displayName, roles: grants, mustChangePassword: false };
}

/**
 * The organ's drafter, reviewer and approver (created, disabled, when missing), as the actors of the
 * demo's past steps: signed in, their password already changed (the stored accounts keep theirs).
 */
export async function demoPeopleOf(
  deps: AppDeps,
  organ: Organ,
): Promise<{ drafter: Actor; reviewer: Actor; approver: Actor }> {
  return {
    drafter: await ensurePerson(deps, organ, 0),
    reviewer: await ensurePerson(deps, organ, 1),
    approver: await ensurePerson(deps, organ, 2),
  };
}
