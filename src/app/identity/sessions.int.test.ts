import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestAccount, insertTestTree } from '../../../test/staff.ts';
import {
  endSession,
  resolveSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  startSession,
} from './sessions.ts';

const T0 = new Date('2026-11-22T00:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

for (const backend of await backends()) {
  describe(`sessions on ${backend.name}`, () => {
    let t: TestDb;
    let accountId: number;
    let organId: number;
    beforeAll(async () => {
      t = await backend.open();
      organId = (await insertTestTree(t.db)).education;
      accountId = await insertTestAccount(t.db, 'li.ming', [{ organId, role: 'handler' }], {
        displayName: '李明',
      });
    });
    afterAll(() => t.dispose());

    it('stores only a hash of the id and loads the actor with roles', async () => {
      const s = await t.db.transaction((tx) => startSession(tx, accountId, T0));
      const stored = await t.db.query<{ id_hash: string }>('SELECT id_hash FROM sessions');
      expect(stored.map((r) => r.id_hash)).toEqual([s.idHash]);
      expect(s.idHash).not.toContain(s.cookieValue);
      const resolved = await resolveSession(t.db, s.cookieValue, at(1000));
      expect(resolved?.actor).toEqual({
        accountId,
        username: 'li.ming',
        displayName: '李明',
        roles: [{ organId, role: 'handler' }],
        mustChangePassword: false,
      });
      expect(resolved?.csrfToken).toBe(s.csrfToken);
      expect(await resolveSession(t.db, `${s.cookieValue.slice(0, -1)}x`, at(1000))).toBeNull();
      expect(await resolveSession(t.db, 'not a cookie', at(1000))).toBeNull();
    });

    it('expires after the idle time, and is kept alive by activity up to the absolute limit', async () => {
      const s = await t.db.transaction((tx) => startSession(tx, accountId, T0));
      expect(await resolveSession(t.db, s.cookieValue, at(SESSION_IDLE_MS + 1))).toBeNull();
      const active = await t.db.transaction((tx) => startSession(tx, accountId, T0));
      for (let now = SESSION_IDLE_MS / 2; now < SESSION_ABSOLUTE_MS; now += SESSION_IDLE_MS / 2) {
        expect(await resolveSession(t.db, active.cookieValue, at(now))).not.toBeNull();
      }
      expect(await resolveSession(t.db, active.cookieValue, at(SESSION_ABSOLUTE_MS + 1))).toBeNull();
    });

    it('ends at sign-out and when the account is disabled', async () => {
      const a = await t.db.transaction((tx) => startSession(tx, accountId, T0));
      await endSession(t.db, a.cookieValue);
      expect(await resolveSession(t.db, a.cookieValue, at(1))).toBeNull();
      const b = await t.db.transaction((tx) => startSession(tx, accountId, T0));
      await t.db.query('UPDATE accounts SET is_disabled = true WHERE id = $1', [accountId]);
      expect(await resolveSession(t.db, b.cookieValue, at(1))).toBeNull();
      await t.db.query('UPDATE accounts SET is_disabled = false WHERE id = $1', [accountId]);
    });
  });
}
