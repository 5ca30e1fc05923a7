/**
 * The account-administration scenario the route tests share: the test tree and six people —
 * 市管理员, 甲区管理员, 甲区教育局专员, 乙区专员, a person with roles in 甲区 and 乙区, 甲区监督 —
 * on an in-memory database, with helpers to sign in and read the database back.
 */
import { expect } from 'vitest';
import type { Db } from '../src/db/db.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from './staff.ts';
import { openTestPglite } from './db.ts';

export type ScenarioIds = Record<
  'cityAdmin' | 'districtAdmin' | 'eduHandler' | 'otherHandler' | 'mixed' | 'supervisor',
  number
>;

export type AccountsScenario = {
  db: Db;
  tree: TestTree;
  ids: ScenarioIds;
  signedIn: (username: string) => Promise<TestClient>;
  anonymous: () => TestClient;
  /** Audit records of account actions. */
  auditCount: () => Promise<number>;
  account: (id: number) => Promise<{
    display_name: string;
    version: number;
    is_disabled: boolean;
    must_change_password: boolean;
  }>;
  /** The account's grants as `organId:role`. */
  roles: (id: number) => Promise<string[]>;
  close: () => Promise<void>;
};

/** Builds the scenario (each test file gets its own database). */
export async function openAccountsScenario(): Promise<AccountsScenario> {
  const db = await openTestPglite();
  const tree = await insertTestTree(db);
  const add = (username: string, grants: Parameters<typeof insertTestAccount>[2], displayName?: string) =>
    insertTestAccount(db, username, grants, displayName ? { displayName } : {});
  const ids: ScenarioIds = {
    cityAdmin: await add('city.admin', [{ organId: tree.city, role: 'admin' }]),
    districtAdmin: await add('jia.admin', [{ organId: tree.district, role: 'admin' }], '甲区管理员'),
    eduHandler: await add('jia.jyj', [{ organId: tree.education, role: 'handler' }], '教育局专员'),
    otherHandler: await add('yi.handler', [{ organId: tree.otherDistrict, role: 'handler' }], '乙区专员'),
    mixed: await add(
      'two.places',
      [
        { organId: tree.education, role: 'handler' },
        { organId: tree.otherDistrict, role: 'reviewer' },
      ],
      '两地人员',
    ),
    supervisor: await add('jia.jiandu', [{ organId: tree.district, role: 'supervisor' }]),
  };
  const app = testApp(db, movableClock('2026-11-22T02:00:00Z'));
  return {
    db,
    tree,
    ids,
    signedIn: async (username) => {
      const client = new TestClient(app);
      expect((await client.logIn(username)).status).toBe(303);
      return client;
    },
    anonymous: () => new TestClient(app),
    auditCount: async () =>
      (
        await db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'account.%'",
        )
      )[0]!.n,
    account: async (id) =>
      (
        await db.query<Awaited<ReturnType<AccountsScenario['account']>>>(
          'SELECT * FROM accounts WHERE id = $1',
          [id],
        )
      )[0]!,
    roles: async (id) =>
      (
        await db.query<{ organ_id: number; role: string }>(
          'SELECT organ_id, role FROM account_roles WHERE account_id = $1 ORDER BY organ_id, role',
          [id],
        )
      ).map((r) => `${r.organ_id}:${r.role}`),
    close: () => db.close(),
  };
}
