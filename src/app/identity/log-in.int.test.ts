import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestAccount, insertTestTree, movableClock, STAFF_PASSWORD } from '../../../test/staff.ts';
import { logIn, type LogInInput, type LogInResult } from './log-in.ts';
import { ACCOUNT_POLICY, ADDRESS_POLICY, PAIR_POLICY, throttleKeys } from './login-throttle.ts';

const WRONG = 'Wrong-Passw0rd';
const verified = (results: LogInResult[]) => results.filter((r) => r.ok || r.reason === 'invalid');
const throttled = (results: LogInResult[]) => results.filter((r) => !r.ok && r.reason === 'throttled');

for (const backend of await backends()) {
  describe(`the sign-in throttle on ${backend.name}`, () => {
    let t: TestDb;
    let education: number;
    const clock = movableClock('2026-11-22T02:00:00Z');
    beforeAll(async () => {
      t = await backend.open();
      education = (await insertTestTree(t.db)).education;
      for (const name of ['zhang.san', 'li.si', 'wang.wu', 'zhao.liu', 'sun.qi']) {
        await insertTestAccount(t.db, name, [{ organId: education, role: 'handler' }]);
      }
    });
    afterAll(() => t.dispose());
    const attempt = (input: Partial<LogInInput> & { username: string }) =>
      logIn({ db: t.db, clock }, { password: WRONG, clientAddress: '10.0.0.1', ...input });
    const failures = async (key: string) =>
      (await t.db.query<{ failures: number }>('SELECT failures FROM login_attempts WHERE key = $1', [key]))[0]
        ?.failures ?? 0;

    it('verifies 5 of 100 simultaneous wrong passwords from one place and refuses the rest unchecked', async () => {
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, i) => attempt({ username: 'zhang.san', password: `${WRONG}-${i}` })),
      );
      expect(verified(results)).toHaveLength(PAIR_POLICY.free);
      expect(throttled(results)).toHaveLength(100 - PAIR_POLICY.free);
      expect(await failures(throttleKeys.pair('zhang.san', '10.0.0.1'))).toBe(PAIR_POLICY.free);
      expect(throttled(results)[0]).toMatchObject({ retryAfterSeconds: 30 });
    });

    it('does not let a correct password in while the delay runs, not even inside a burst', async () => {
      const burst = await Promise.all([
        ...Array.from({ length: 49 }, () => attempt({ username: 'zhang.san' })),
        attempt({ username: 'zhang.san', password: STAFF_PASSWORD }),
        ...Array.from({ length: 50 }, () => attempt({ username: 'zhang.san' })),
      ]);
      expect(verified(burst)).toEqual([]);
      expect(await attempt({ username: 'zhang.san', password: STAFF_PASSWORD })).toMatchObject({
        ok: false,
        reason: 'throttled',
        retryAt: new Date('2026-11-22T02:00:30Z'),
      });
      expect(await t.db.query("SELECT 1 FROM audit_events WHERE action = 'auth.login'")).toEqual([]);
      expect(await t.db.query('SELECT 1 FROM sessions')).toEqual([]);
      clock.advance(30_000);
      expect((await attempt({ username: 'ZHANG.SAN ', password: STAFF_PASSWORD })).ok).toBe(true);
      expect(await failures(throttleKeys.pair('zhang.san', '10.0.0.1'))).toBe(0);
    });

    it('doubles the delay from 30 seconds up to 15 minutes, then forgets after a day', async () => {
      for (let i = 0; i < PAIR_POLICY.free; i += 1) {
        expect(await attempt({ username: 'li.si', clientAddress: '10.0.0.2' })).toEqual({
          ok: false,
          reason: 'invalid',
        });
      }
      const waits: number[] = [];
      for (let i = 0; i < 8; i += 1) {
        const refused = await attempt({ username: 'li.si', clientAddress: '10.0.0.2' });
        expect(refused).toMatchObject({ ok: false, reason: 'throttled' });
        const seconds = refused.ok || refused.reason !== 'throttled' ? 0 : refused.retryAfterSeconds;
        waits.push(seconds);
        clock.advance(seconds * 1000);
        expect(await attempt({ username: 'li.si', clientAddress: '10.0.0.2' })).toMatchObject({
          reason: 'invalid',
        });
      }
      expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
      clock.advance(24 * 3600_000);
      expect(await attempt({ username: 'li.si', clientAddress: '10.0.0.2' })).toMatchObject({
        reason: 'invalid',
      });
      expect(await failures(throttleKeys.pair('li.si', '10.0.0.2'))).toBe(1);
    });

    it('lets the owner sign in at once from their own address while a stranger guesses the username', async () => {
      const stranger = await Promise.all(
        Array.from({ length: 30 }, () => attempt({ username: 'wang.wu', clientAddress: '203.0.113.9' })),
      );
      expect(verified(stranger)).toHaveLength(PAIR_POLICY.free);
      expect((await attempt({ username: 'wang.wu', password: STAFF_PASSWORD })).ok).toBe(true);
    });

    it('slows guessing from many addresses to one a minute, but never the browser the owner used before', async () => {
      const first = await attempt({
        username: 'zhao.liu',
        password: STAFF_PASSWORD,
        clientAddress: '10.0.0.5',
      });
      const deviceToken = first.ok ? first.deviceToken : '';
      expect(deviceToken).toMatch(/^[\w-]{22}\.[\w-]{43}$/);
      const guesses = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          attempt({ username: 'zhao.liu', clientAddress: `198.51.100.${i}` }),
        ),
      );
      expect(verified(guesses)).toHaveLength(ACCOUNT_POLICY.free);
      // The owner's own browser: only its token counts.
      expect((await attempt({ username: 'zhao.liu', password: STAFF_PASSWORD, deviceToken })).ok).toBe(true);
      // A token is bound to its username: it does not help with another account.
      expect(await attempt({ username: 'zhang.san', deviceToken })).toMatchObject({ reason: 'invalid' });
      // An unknown browser waits, and never longer than a minute.
      const unknownBrowser = await attempt({
        username: 'zhao.liu',
        password: STAFF_PASSWORD,
        clientAddress: '10.0.0.6',
      });
      expect(unknownBrowser).toMatchObject({ ok: false, reason: 'throttled' });
      const wait =
        !unknownBrowser.ok && unknownBrowser.reason === 'throttled' ? unknownBrowser.retryAfterSeconds : 0;
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(ACCOUNT_POLICY.maxDelayMs / 1000);
      clock.advance(wait * 1000);
      expect(
        (await attempt({ username: 'zhao.liu', password: STAFF_PASSWORD, clientAddress: '10.0.0.6' })).ok,
      ).toBe(true);
    });

    it('keeps an office of 30 people behind one address apart, and only slows spraying from it', async () => {
      const office = '10.20.30.40';
      const people = Array.from({ length: 30 }, (_, i) => `office.${i}`);
      for (const name of people) {
        await insertTestAccount(t.db, name, [{ organId: education, role: 'handler' }]);
      }
      const typos = await Promise.all(
        people.flatMap((username) => [
          attempt({ username, clientAddress: office }),
          attempt({ username, clientAddress: office }),
        ]),
      );
      expect(throttled(typos)).toEqual([]);
      const signIns = await Promise.all(
        people.map((username) => attempt({ username, password: STAFF_PASSWORD, clientAddress: office })),
      );
      expect(signIns.every((r) => r.ok)).toBe(true);
      const deviceToken = signIns[0]!.ok ? signIns[0]!.deviceToken : '';
      // Someone in the office tries one password on 150 user names.
      const spray = await Promise.all(
        Array.from({ length: 150 }, (_, i) => attempt({ username: `nobody.${i}`, clientAddress: office })),
      );
      expect(verified(spray).length).toBeLessThanOrEqual(ADDRESS_POLICY.free - 60);
      expect(throttled(spray).length).toBeGreaterThan(0);
      // A colleague at a browser that signed in before is not slowed by it.
      expect(
        (
          await attempt({
            username: people[0]!,
            password: STAFF_PASSWORD,
            clientAddress: office,
            deviceToken,
          })
        ).ok,
      ).toBe(true);
    });

    it('keeps neither user names nor addresses in the table, and audits when delays start on an account', async () => {
      const keys = (await t.db.query<{ key: string }>('SELECT key FROM login_attempts')).map((r) => r.key);
      expect(keys).toContain(throttleKeys.address('10.0.0.1'));
      expect(keys.join(' ')).not.toMatch(/zhang|office|10\.0\.0/);
      const audit = await t.db.query<{ after: { scopes: string[] } }>(
        "SELECT after FROM audit_events WHERE action = 'auth.throttle' ORDER BY id",
      );
      expect(audit.map((a) => a.after.scopes)).toEqual([['pair'], ['pair'], ['pair'], ['account']]);
    });
  });
}
