/**
 * 新建账号: an administrator creates an account with roles on organs they manage. The initial
 * password is the one typed (checked against the rules) or a generated one shown once; either
 * way it must be changed at first sign-in. Account, roles and audit record commit together.
 */
import { appendAudit } from '../../../db/queries/audit.ts';
import { findAccountByUsername, insertAccount, replaceRolesIn } from '../../../db/queries/accounts.ts';
import type { Actor } from '../../../domain/access/roles.ts';
import type { IdentityDeps } from '../deps.ts';
import { loadOrganScope, primaryOrgan } from '../organ-scope.ts';
import { checkPasswordRules } from '../password-rules.ts';
import { generatePassword, hashPassword } from '../passwords.ts';
import { accountAccess, accountSnapshot } from './account-access.ts';
import type { CreateAccountInput } from './account-forms.ts';
import { FORBIDDEN, invalid, type Result } from '../../failures.ts';

const USERNAME_TAKEN = '该用户名已被使用，请换一个。';

/**
 * @returns the new id and the one-time password to show once (null when the admin typed one)
 */
export async function createAccount(
  deps: IdentityDeps,
  actor: Actor,
  input: CreateAccountInput,
): Promise<Result<{ accountId: number; generatedPassword: string | null }, 'invalid' | 'forbidden'>> {
  const scope = await loadOrganScope(deps.db);
  const access = accountAccess(actor, scope.tree);
  if (input.grants.some((g) => !access.managed.has(g.organId))) {
    return FORBIDDEN;
  }
  const generatedPassword = input.password === '' ? generatePassword() : null;
  const password = generatedPassword ?? input.password;
  const passwordProblem = checkPasswordRules(password, input.username);
  if (passwordProblem) {
    return invalid({ password: passwordProblem });
  }
  if (await findAccountByUsername(deps.db, input.username)) {
    return invalid({ username: USERNAME_TAKEN });
  }
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now();
  try {
    const accountId = await deps.db.transaction(async (tx) => {
      const id = await insertAccount(tx, {
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        mustChangePassword: true,
        at: now,
      });
      await replaceRolesIn(tx, id, [], input.grants);
      const after = accountSnapshot(
        { ...input, isDisabled: false, mustChangePassword: true },
        input.grants,
        scope.nameOf,
      );
      await appendAudit(tx, {
        at: now,
        actorId: actor.accountId,
        actorName: actor.displayName,
        organId: primaryOrgan(input.grants, scope.tree),
        action: 'account.create',
        entity: 'account',
        entityId: String(id),
        before: null,
        after,
      });
      return id;
    });
    return { ok: true, accountId, generatedPassword };
  } catch (error) {
    if (isUniqueViolation(error)) {
      return invalid({ username: USERNAME_TAKEN });
    }
    throw error;
  }
}

/** A unique-constraint violation (two admins creating the same username at once). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
