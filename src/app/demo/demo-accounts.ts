/**
 * Demo accounts, one per role people play: 公开专员, 审核人, 领导 and 管理员 of 博山区教育局, and 上级监督
 * of the district. Each gets a one-time password, printed once, that must be changed at first
 * sign-in. Accounts that already exist are left alone (their passwords are not reset).
 */
import { appendAudit } from '../../db/queries/audit.ts';
import { findAccountByUsername, insertAccount, replaceRolesIn } from '../../db/queries/accounts.ts';
import { listOrgans } from '../../db/queries/organs.ts';
import { ROLE_NAMES, type Role } from '../../domain/access/roles.ts';
import { accountSnapshot } from '../identity/accounts/account-access.ts';
import { generatePassword, hashPassword } from '../identity/passwords.ts';
import { SYSTEM_ACTOR } from '../organs/organ-writes.ts';
import type { OrganDeps } from '../organs/organ-deps.ts';

type DemoAccount = { username: string; displayName: string; organSlug: string | null; role: Role };

/** `organSlug` null = the root organ. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'jyj-gongkai', displayName: '张敏（演示）', organSlug: 'jyj', role: 'handler' },
  { username: 'jyj-shenhe', displayName: '李静（演示）', organSlug: 'jyj', role: 'reviewer' },
  { username: 'jyj-lingdao', displayName: '王建国（演示）', organSlug: 'jyj', role: 'approver' },
  { username: 'jyj-guanli', displayName: '赵磊（演示）', organSlug: 'jyj', role: 'admin' },
  { username: 'qu-jiandu', displayName: '刘洋（演示）', organSlug: null, role: 'supervisor' },
];

/** One demo account as `gongkai demo` reports it (the password only when just created). */
export type DemoAccountOutcome = {
  username: string;
  displayName: string;
  organ: string;
  role: string;
  password: string | null;
  note: string;
};

/**
 * Creates the demo accounts that do not exist yet.
 * @returns one line per account: the one-time password (null when it existed or its organ is missing)
 */
export async function ensureDemoAccounts(deps: OrganDeps): Promise<DemoAccountOutcome[]> {
  const organs = await listOrgans(deps.db);
  const root = organs.find((o) => o.parentId === null);
  const nameOf = (id: number) => organs.find((o) => o.id === id)?.name ?? `机构 ${id}`;
  const outcomes: DemoAccountOutcome[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const organ = account.organSlug === null ? root : organs.find((o) => o.slug === account.organSlug);
    const base = {
      username: account.username,
      displayName: account.displayName,
      organ: organ?.name ?? '—',
      role: ROLE_NAMES[account.role],
    };
    if (!organ) {
      outcomes.push({
        ...base,
        password: null,
        note: `未创建：找不到网址标识为「${account.organSlug ?? '根机构'}」的机构`,
      });
      continue;
    }
    if (await findAccountByUsername(deps.db, account.username)) {
      outcomes.push({ ...base, password: null, note: '已存在，未改动' });
      continue;
    }
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    const at = deps.clock.now();
    const grants = [{ organId: organ.id, role: account.role }];
    const created = await deps.db.transaction(async (tx) => {
      if (await findAccountByUsername(tx, account.username)) {
        return false;
      }
      const id = await insertAccount(tx, {
        username: account.username,
        displayName: account.displayName,
        passwordHash,
        mustChangePassword: true,
        at,
      });
      await replaceRolesIn(tx, id, [], grants);
      await appendAudit(tx, {
        at,
        ...SYSTEM_ACTOR,
        organId: organ.id,
        action: 'account.create',
        entity: 'account',
        entityId: String(id),
        before: null,
        after: accountSnapshot({ ...account, isDisabled: false, mustChangePassword: true }, grants, nameOf),
      });
      return true;
    });
    outcomes.push(
      created
        ? { ...base, password, note: '已创建；首次登录后必须修改密码' }
        : { ...base, password: null, note: '已存在，未改动' },
    );
  }
  return outcomes;
}
