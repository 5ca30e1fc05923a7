import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestAccount, insertTestTree, movableClock, STAFF_PASSWORD } from '../../../test/staff.ts';
import { addressKey, logIn, usernameKey } from './log-in.ts';

for (const backend of await backends()) {
  describe(`sign-in throttling on ${backend.name}`, () => {
    let t: TestDb;
    const clock = movableClock('2026-11-22T02:00:00Z');
    beforeAll(async () => {
      t = await backend.open();
      const tree = await insertTestTree(t.db);
      for (const name of ['zhang.san', 'li.si', 'wang.wu']) {
        await insertTestAccount(t.db, name, [{ organId: tree.education, role: 'handler' }]);
      }
    });
    afterAll(() => t.dispose());
    const deps = () => ({ db: t.db, clock });

    it('counts failures from parallel requests (several processes) without losing any', async () => {
      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          logIn(deps(), {
            username: 'zhang.san',
            password: `wrong-${i}-Passw0rd`,
            clientAddress: '10.0.0.1',
          }),
        ),
      );
      expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(1);
      const row = await t.db.query<{ failures: number }>(
        'SELECT failures FROM login_attempts WHERE key = $1',
        [usernameKey('zhang.san')],
      );
      expect(row[0]?.failures).toBe(5);
      const locked = await logIn(deps(), {
        username: 'zhang.san',
        password: STAFF_PASSWORD,
        clientAddress: '10.0.0.2',
      });
      expect(locked).toMatchObject({
        ok: false,
        reason: 'locked',
        retryAt: new Date('2026-11-22T02:15:00Z'),
      });
    });

    it('keeps neither usernames nor addresses in the table, and writes one lockout audit record', async () => {
      const keys = (await t.db.query<{ key: string }>('SELECT key FROM login_attempts')).map((r) => r.key);
      expect(keys).toContain(addressKey('10.0.0.1'));
      expect(keys.join(' ')).not.toMatch(/zhang|10\.0\.0/);
      const audit = await t.db.query<{ action: string }>(
        "SELECT action FROM audit_events WHERE action = 'auth.lockout'",
      );
      expect(audit).toHaveLength(1);
    });

    it('forgets failures after the window, and success clears the username', async () => {
      for (let i = 0; i < 4; i += 1) {
        await logIn(deps(), { username: 'li.si', password: 'Wrong-Passw0rd', clientAddress: '10.0.0.3' });
      }
      clock.advance(15 * 60_000 + 1);
      expect(
        await logIn(deps(), { username: 'li.si', password: 'Wrong-Passw0rd', clientAddress: '10.0.0.3' }),
      ).toEqual({ ok: false, reason: 'invalid' });
      const ok = await logIn(deps(), {
        username: 'LI.SI ',
        password: STAFF_PASSWORD,
        clientAddress: '10.0.0.3',
      });
      expect(ok.ok).toBe(true);
      expect(
        await t.db.query('SELECT 1 FROM login_attempts WHERE key = $1', [usernameKey('li.si')]),
      ).toHaveLength(0);
      expect(await t.db.query("SELECT 1 FROM audit_events WHERE action = 'auth.login'")).toHaveLength(1);
    });

    it('locks a client address after 20 failures across usernames', async () => {
      for (let i = 0; i < 19; i += 1) {
        await logIn(deps(), { username: `guess${i}`, password: 'Wrong-Passw0rd', clientAddress: '10.9.9.9' });
      }
      const twentieth = await logIn(deps(), {
        username: 'guess-last',
        password: 'Wrong-Passw0rd',
        clientAddress: '10.9.9.9',
      });
      expect(twentieth).toMatchObject({ ok: false, reason: 'locked' });
      expect(
        await logIn(deps(), { username: 'wang.wu', password: STAFF_PASSWORD, clientAddress: '10.9.9.9' }),
      ).toMatchObject({ ok: false, reason: 'locked' });
      expect(
        (await logIn(deps(), { username: 'wang.wu', password: STAFF_PASSWORD, clientAddress: '10.9.9.8' }))
          .ok,
      ).toBe(true);
    });
  });
}
