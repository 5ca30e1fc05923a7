/**
 * First start: when there is no `admin` account yet, create it with ADMIN_PASSWORD or a generated
 * one-time password, which is handed to `print` (the console) once and never logged. It must be
 * changed at first sign-in. The role is 管理员 on the root organ when the organ tree exists.
 * Safe when several processes start together on one PostgreSQL (advisory lock).
 * (Keyed on the username rather than "no account at all": `gongkai demo` run before the first
 * start creates demo accounts, and the platform must still get its administrator. Accounts are
 * never deleted, only disabled, so `admin` is created exactly once.)
 */
import { appendAudit } from '../../db/queries/audit.ts';
import {
  findAccountByUsername,
  insertAccount,
  listOrganRefs,
  replaceRolesIn,
} from '../../db/queries/accounts.ts';
import type { IdentityDeps } from './deps.ts';
import { checkPasswordRules } from './password-rules.ts';
import { generatePassword, hashPassword } from './passwords.ts';

const BOOTSTRAP_LOCK = 4_207_112;
/** The first administrator's username. */
export const ADMIN_USERNAME = 'admin';

/** Whether the account was created now, and the organ it administers. */
export type EnsureAdministratorResult = { created: boolean; organId: number | null };

/**
 * @param adminPassword ADMIN_PASSWORD, or null to generate one
 * @param print where the one-time password goes (stderr of `gongkai serve`)
 * @throws Error when ADMIN_PASSWORD breaks the password rules
 */
export async function ensureAdministrator(
  deps: IdentityDeps,
  adminPassword: string | null,
  print: (line: string) => void,
): Promise<EnsureAdministratorResult> {
  if (adminPassword !== null) {
    const problem = checkPasswordRules(adminPassword, ADMIN_USERNAME);
    if (problem) {
      throw new Error(`ADMIN_PASSWORD 不符合密码规则：${problem}`);
    }
  }
  // Every start comes here: once `admin` exists, one lookup answers — no password hash (argon2
  // and loading its native module cost more than the rest of the check; decision 013).
  if (await findAccountByUsername(deps.db, ADMIN_USERNAME)) {
    return { created: false, organId: null };
  }
  const password = adminPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now();
  const result = await deps.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
    if (await findAccountByUsername(tx, ADMIN_USERNAME)) {
      return { created: false, organId: null };
    }
    const root = (await listOrganRefs(tx)).find((o) => o.parentId === null) ?? null;
    const id = await insertAccount(tx, {
      username: ADMIN_USERNAME,
      displayName: '系统管理员',
      passwordHash,
      mustChangePassword: true,
      at: now,
    });
    const grants = root ? [{ organId: root.id, role: 'admin' as const }] : [];
    await replaceRolesIn(tx, id, [], grants);
    await appendAudit(tx, {
      at: now,
      actorId: null,
      actorName: '系统',
      organId: root?.id ?? null,
      action: 'account.create',
      entity: 'account',
      entityId: String(id),
      before: null,
      after: {
        username: ADMIN_USERNAME,
        displayName: '系统管理员',
        isDisabled: false,
        mustChangePassword: true,
        roles: grants.map((g) => ({ organId: g.organId, organ: root?.name ?? '', role: g.role })),
      },
    });
    return { created: true, organId: root?.id ?? null };
  });
  if (result.created) {
    print(
      adminPassword === null
        ? `已创建管理员账号 ${ADMIN_USERNAME}，一次性密码：${password}（只显示这一次；首次登录后必须修改）`
        : `已创建管理员账号 ${ADMIN_USERNAME}，密码取自 ADMIN_PASSWORD（首次登录后必须修改）`,
    );
    if (result.organId === null) {
      print('注意：尚无机构，管理员暂未分配角色；创建机构后请在数据库中为其分配。');
    }
  }
  return result;
}
