/**
 * Accounts, their role grants, and the organ list the access policy needs. SQL only; the rules
 * (who may see or change which account) live in src/app/identity.
 */
import type { Role, RoleGrant } from '../../domain/access/roles.ts';
import type { Queryable } from '../db.ts';
import { queryOne } from '../db.ts';

/** An account row (with its password hash: never render or log it). */
export type AccountRow = {
  id: number;
  username: string;
  displayName: string;
  passwordHash: string;
  mustChangePassword: boolean;
  isDisabled: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

/** An account with its roles, without the password hash (for lists and forms). */
export type AccountSummary = Omit<AccountRow, 'passwordHash'> & { roles: RoleGrant[] };

/** An organ as pickers and the policy see it. */
export type OrganRef = { id: number; parentId: number | null; name: string };

const SUMMARY_COLUMNS = `id, username, display_name AS "displayName", must_change_password AS "mustChangePassword",
  is_disabled AS "isDisabled", created_at AS "createdAt", updated_at AS "updatedAt", version`;
const ACCOUNT_COLUMNS = `${SUMMARY_COLUMNS}, password_hash AS "passwordHash"`;

/** The account with this username (exact, lower-case), or null. */
export function findAccountByUsername(db: Queryable, username: string): Promise<AccountRow | null> {
  return queryOne<AccountRow>(db, `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE username = $1`, [username]);
}

/** The account with this id, or null. */
export function findAccountById(db: Queryable, id: number): Promise<AccountRow | null> {
  return queryOne<AccountRow>(db, `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = $1`, [id]);
}

/** The role grants of one account, ordered by organ then role. */
export function listRoles(db: Queryable, accountId: number): Promise<RoleGrant[]> {
  return db.query<RoleGrant>(
    'SELECT organ_id AS "organId", role FROM account_roles WHERE account_id = $1 ORDER BY organ_id, role',
    [accountId],
  );
}

/** Every account with its roles, ordered by username (the app filters by what the actor may see). */
export async function listAccountSummaries(db: Queryable): Promise<AccountSummary[]> {
  const accounts = await db.query<Omit<AccountRow, 'passwordHash'>>(
    `SELECT ${SUMMARY_COLUMNS} FROM accounts ORDER BY username`,
  );
  const grants = await db.query<RoleGrant & { accountId: number }>(
    'SELECT account_id AS "accountId", organ_id AS "organId", role FROM account_roles ORDER BY organ_id, role',
  );
  const byAccount = new Map<number, RoleGrant[]>();
  for (const g of grants) {
    const list = byAccount.get(g.accountId) ?? [];
    list.push({ organId: g.organId, role: g.role });
    byAccount.set(g.accountId, list);
  }
  return accounts.map((a) => ({ ...a, roles: byAccount.get(a.id) ?? [] }));
}

/** How many accounts exist. */
export async function countAccounts(db: Queryable): Promise<number> {
  const row = await queryOne<{ n: number }>(db, 'SELECT count(*)::int AS n FROM accounts');
  return row?.n ?? 0;
}

/** The fields of a new account. */
export type NewAccount = {
  username: string;
  displayName: string;
  passwordHash: string;
  mustChangePassword: boolean;
  at: Date;
};

/** Inserts an account. @returns its id */
export async function insertAccount(tx: Queryable, a: NewAccount): Promise<number> {
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO accounts (username, display_name, password_hash, must_change_password, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
    [a.username, a.displayName, a.passwordHash, a.mustChangePassword, a.at],
  );
  return rows[0]!.id;
}

/** Fields to change; absent ones stay. */
export type AccountChange = {
  displayName?: string;
  isDisabled?: boolean;
  passwordHash?: string;
  mustChangePassword?: boolean;
};

/**
 * Changes an account if it is still at `version` (optimistic locking) and bumps the version.
 * @returns false when the row was changed by someone else meanwhile (or is gone)
 */
export async function updateAccount(
  tx: Queryable,
  id: number,
  version: number,
  change: AccountChange,
  at: Date,
): Promise<boolean> {
  const rows = await tx.query<{ id: number }>(
    `UPDATE accounts SET
       display_name = COALESCE($3, display_name),
       is_disabled = COALESCE($4, is_disabled),
       password_hash = COALESCE($5, password_hash),
       must_change_password = COALESCE($6, must_change_password),
       updated_at = $7, version = version + 1
     WHERE id = $1 AND version = $2 RETURNING id`,
    [
      id,
      version,
      change.displayName ?? null,
      change.isDisabled ?? null,
      change.passwordHash ?? null,
      change.mustChangePassword ?? null,
      at,
    ],
  );
  return rows.length === 1;
}

/** Replaces the account's grants on `organIds` with `grants` (grants elsewhere stay). */
export async function replaceRolesIn(
  tx: Queryable,
  accountId: number,
  organIds: readonly number[],
  grants: readonly RoleGrant[],
): Promise<void> {
  if (organIds.length > 0) {
    await tx.query('DELETE FROM account_roles WHERE account_id = $1 AND organ_id = ANY($2::int[])', [
      accountId,
      [...organIds],
    ]);
  }
  for (const g of grants) {
    await tx.query(
      'INSERT INTO account_roles (account_id, organ_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [accountId, g.organId, g.role satisfies Role],
    );
  }
}

/** Every organ (id, parent, name), ordered for pickers. */
export function listOrganRefs(db: Queryable): Promise<OrganRef[]> {
  return db.query<OrganRef>('SELECT id, parent_id AS "parentId", name FROM organs ORDER BY sort_order, id');
}
