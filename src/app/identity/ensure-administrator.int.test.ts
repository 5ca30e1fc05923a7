import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.ts';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestTree, movableClock } from '../../../test/staff.ts';
import { ensureAdministrator } from './ensure-administrator.ts';
import { verifyPassword } from './passwords.ts';

for (const backend of await backends()) {
  describe(`the administrator at first start on ${backend.name}`, () => {
    let t: TestDb;
    const clock = movableClock('2026-11-22T02:00:00Z');
    beforeAll(async () => {
      t = await backend.open();
    });
    afterAll(() => t.dispose());

    it('is created once, even by processes starting together, with 管理员 on the root organ', async () => {
      const tree = await insertTestTree(t.db);
      const printed: string[] = [];
      const results = await Promise.all(
        [1, 2, 3].map(() => ensureAdministrator({ db: t.db, clock }, null, (l) => printed.push(l))),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      const accounts = await t.db.query<{ id: number; password_hash: string; must_change_password: boolean }>(
        "SELECT * FROM accounts WHERE username = 'admin'",
      );
      expect(accounts).toHaveLength(1);
      expect(accounts[0]!.must_change_password).toBe(true);
      expect(await t.db.query('SELECT organ_id, role FROM account_roles')).toEqual([
        { organ_id: tree.city, role: 'admin' },
      ]);
      expect(printed).toHaveLength(1);
      const password = /一次性密码：(\S+)（/.exec(printed[0]!)![1]!;
      expect(await verifyPassword(accounts[0]!.password_hash, password)).toBe(true);
      const audit = await t.db.query<{ after: unknown }>(
        "SELECT after FROM audit_events WHERE action = 'account.create'",
      );
      expect(JSON.stringify(audit)).not.toContain(password);
      expect((await ensureAdministrator({ db: t.db, clock }, null, (l) => printed.push(l))).created).toBe(
        false,
      );
      expect(printed).toHaveLength(1);
    });

    it('costs a later start one lookup: no lock, no transaction, no password hashed', async () => {
      await ensureAdministrator({ db: t.db, clock }, null, () => undefined);
      const statements: string[] = [];
      const record = (sql: string) => statements.push(sql.replace(/\s+/g, ' '));
      const recording: Db = {
        ...t.db,
        query: (sql, params) => (record(sql), t.db.query(sql, params)),
        transaction: (fn) => (record('BEGIN'), t.db.transaction(fn)),
      };
      const printed: string[] = [];
      const result = await ensureAdministrator({ db: recording, clock }, null, (l) => printed.push(l));
      expect(result).toEqual({ created: false, organId: null });
      expect(statements).toEqual([expect.stringMatching(/^SELECT .* FROM accounts/)]);
      expect(printed).toEqual([]);
    });

    it('refuses an ADMIN_PASSWORD that breaks the rules', async () => {
      await expect(ensureAdministrator({ db: t.db, clock }, 'aaaaaaaaaaaa', () => undefined)).rejects.toThrow(
        /ADMIN_PASSWORD 不符合密码规则/,
      );
    });
  });
}
