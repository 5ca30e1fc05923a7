import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../../test/db.ts';
import { insertTestAccount, insertTestTree, movableClock, type TestTree } from '../../../../test/staff.ts';
import type { Actor } from '../../../domain/access/roles.ts';
import { verifyAuditTrail } from '../../audit/verify-audit.ts';
import { createAccount } from './create-account.ts';
import { resetAccountPassword } from './reset-password.ts';
import { updateAccountDetails } from './update-account.ts';

for (const backend of await backends()) {
  describe(`account use cases on ${backend.name}`, () => {
    let t: TestDb;
    let tree: TestTree;
    let admin: Actor;
    const clock = movableClock('2026-11-22T02:00:00Z');
    const deps = () => ({ db: t.db, clock });
    const count = async (sql: string, params: unknown[] = []) =>
      (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      const id = await insertTestAccount(t.db, 'jia.admin', [{ organId: tree.district, role: 'admin' }], {
        displayName: '甲区管理员',
      });
      admin = {
        accountId: id,
        username: 'jia.admin',
        displayName: '甲区管理员',
        roles: [{ organId: tree.district, role: 'admin' }],
        mustChangePassword: false,
      };
    });
    afterAll(() => t.dispose());

    it('writes the account, its roles and the audit record in one transaction', async () => {
      const result = await createAccount(deps(), admin, {
        username: 'zhou.qi',
        displayName: '周七',
        password: 'Initial-Passw0rd',
        grants: [{ organId: tree.education, role: 'handler' }],
      });
      expect(result).toMatchObject({ ok: true, generatedPassword: null });
      const audit = await t.db.query<{ action: string; organ_id: number; actor_name: string; at: Date }>(
        "SELECT * FROM audit_events WHERE action = 'account.create'",
      );
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ organ_id: tree.education, actor_name: '甲区管理员', at: clock.now() });
      expect((await verifyAuditTrail(t.db)).broken).toBeNull();
    });

    it('writes nothing — no account, no audit — when the audit record cannot be written', async () => {
      await t.db.execScript(`CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.after->>'username' = 'boom' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_boom BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_boom();`);
      const before = await count('audit_events');
      await expect(
        createAccount(deps(), admin, {
          username: 'boom',
          displayName: '炸',
          password: '',
          grants: [{ organId: tree.education, role: 'handler' }],
        }),
      ).rejects.toThrow(/audit refused/);
      expect(await count('accounts WHERE username = $1', ['boom'])).toBe(0);
      expect(
        await count('account_roles r JOIN accounts a ON a.id = r.account_id WHERE a.username = $1', ['boom']),
      ).toBe(0);
      expect(await count('audit_events')).toBe(before);
      await t.db.execScript('DROP TRIGGER refuse_boom ON audit_events; DROP FUNCTION refuse_boom();');
    });

    it('writes no audit record when the use case refuses (forbidden, stale, invalid)', async () => {
      const before = await count('audit_events');
      expect(
        await createAccount(deps(), admin, {
          username: 'yi.person',
          displayName: '乙',
          password: '',
          grants: [{ organId: tree.otherDistrict, role: 'handler' }],
        }),
      ).toEqual({ ok: false, kind: 'forbidden' });
      expect(
        await createAccount(deps(), admin, {
          username: 'zhou.qi',
          displayName: '重名',
          password: '',
          grants: [{ organId: tree.education, role: 'handler' }],
        }),
      ).toMatchObject({ ok: false, kind: 'invalid' });
      expect(
        await createAccount(deps(), admin, {
          username: 'weak.pw',
          displayName: '弱',
          password: '1234567890',
          grants: [{ organId: tree.education, role: 'handler' }],
        }),
      ).toMatchObject({
        ok: false,
        kind: 'invalid',
        errors: { password: expect.stringContaining('一类字符') as unknown },
      });
      const id = (await t.db.query<{ id: number }>("SELECT id FROM accounts WHERE username = 'zhou.qi'"))[0]!
        .id;
      expect(
        await updateAccountDetails(deps(), admin, id, {
          version: 99,
          displayName: '周七七',
          isDisabled: false,
          grants: [{ organId: tree.education, role: 'handler' }],
        }),
      ).toEqual({ ok: false, kind: 'stale' });
      expect(await resetAccountPassword(deps(), admin, id, { version: 99 })).toEqual({
        ok: false,
        kind: 'stale',
      });
      expect(await count('audit_events')).toBe(before);
    });

    it('records before → after of a role change, and bumps the version', async () => {
      const id = (await t.db.query<{ id: number }>("SELECT id FROM accounts WHERE username = 'zhou.qi'"))[0]!
        .id;
      const result = await updateAccountDetails(deps(), admin, id, {
        version: 1,
        displayName: '周七',
        isDisabled: false,
        grants: [
          { organId: tree.education, role: 'reviewer' },
          { organId: tree.finance, role: 'handler' },
        ],
      });
      expect(result).toEqual({ ok: true, changed: true });
      const row = (
        await t.db.query<{ before: { roles: unknown[] }; after: { roles: unknown[] } }>(
          "SELECT before, after FROM audit_events WHERE action = 'account.update'",
        )
      )[0]!;
      expect(row.before.roles).toEqual([{ organId: tree.education, organ: '甲区教育局', role: 'handler' }]);
      expect(row.after.roles).toEqual([
        { organId: tree.education, organ: '甲区教育局', role: 'reviewer' },
        { organId: tree.finance, organ: '甲区财政局', role: 'handler' },
      ]);
      expect(
        (await t.db.query<{ version: number }>('SELECT version FROM accounts WHERE id = $1', [id]))[0]!
          .version,
      ).toBe(2);
      expect((await verifyAuditTrail(t.db)).broken).toBeNull();
    });
  });
}
