import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.ts';
import {
  csrfOf,
  insertTestAccount,
  insertTestTree,
  movableClock,
  STAFF_PASSWORD,
  TestClient,
  testApp,
  type MovableClock,
} from '../../../test/staff.ts';
import { throttleKeys } from '../../app/identity/login-throttle.ts';
import { CSRF_MESSAGE } from '../middleware/csrf.ts';
import { openTestPglite } from '../../../test/db.ts';

const NOW = '2026-11-22T02:00:00.000Z'; // 10:00 北京时间

describe('signing in and out', () => {
  let db: Db;
  let clock: MovableClock;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    db = await openTestPglite();
    const tree = await insertTestTree(db);
    await insertTestAccount(db, 'li.ming', [{ organId: tree.education, role: 'handler' }], {
      displayName: '李明',
    });
    await insertTestAccount(db, 'new.person', [{ organId: tree.education, role: 'handler' }], {
      mustChangePassword: true,
    });
    await insertTestAccount(db, 'locked.out', [{ organId: tree.education, role: 'handler' }], {
      displayName: 'locked.out',
    });
    await insertTestAccount(db, 'guarded', [{ organId: tree.education, role: 'handler' }]);
    clock = movableClock(NOW);
    app = testApp(db, clock);
  });
  afterAll(() => db.close());

  it('sends anonymous visitors of staff pages to the login page', async () => {
    const client = new TestClient(app);
    const res = await client.get('/staff/accounts');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/login?next=%2Fstaff%2Faccounts');
    const login = await client.get('/staff/login');
    const html = await login.text();
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('登录管理后台');
    expect(login.headers.get('cache-control')).toBe('no-store');
    // A first visit hands out the gk_csrf cookie: shared caches must not keep that response.
    const first = await new TestClient(app).get('/no-such-page');
    expect(
      first.headers
        .getSetCookie()
        .some((c) => c.startsWith('gk_csrf=') && /HttpOnly/.test(c) && /SameSite=Strict/.test(c)),
    ).toBe(true);
    expect(first.headers.get('cache-control')).toMatch(/^private/);
    expect(login.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('issues a new session id at sign-in (a planted cookie is worthless) and sets safe cookie flags', async () => {
    const client = new TestClient(app);
    client.cookies.set('gk_session', 'A'.repeat(43)); // fixation attempt
    const res = await client.logIn('li.ming');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff');
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('gk_session='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    const issued = client.cookies.get('gk_session')!;
    expect(issued).not.toBe('A'.repeat(43));
    // The database keeps only a hash of it.
    const rows = await db.query<{ id_hash: string }>('SELECT id_hash FROM sessions');
    expect(rows.map((r) => r.id_hash)).not.toContain(issued);
    // A second sign-in gives yet another id.
    const again = new TestClient(app);
    again.cookies.set('gk_session', issued);
    await again.get('/staff/login'); // signed in already → redirect, no new session
    const fresh = new TestClient(app);
    await fresh.logIn('li.ming');
    expect(fresh.cookies.get('gk_session')).not.toBe(issued);
  });

  it('answers unknown users and wrong passwords alike, keeping the username', async () => {
    const client = new TestClient(app);
    const unknown = await client.logIn('no.such.user', 'Whatever-123');
    const wrong = await client.logIn('li.ming', 'Wrong-Passw0rd');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const a = (await unknown.text()).replace(/value="[^"]*"/g, '');
    const b = (await wrong.text()).replace(/value="[^"]*"/g, '');
    expect(a).toBe(b);
    expect(b).toContain('用户名或密码不正确。');
    expect(b).toContain('aria-describedby="field-password-error"');
  });

  it('checks 5 of 100 simultaneous wrong passwords; the rest get 429 with the wait, and nothing is written', async () => {
    const clients = Array.from({ length: 100 }, () => new TestClient(app));
    const forms = await Promise.all(
      clients.map(async (c) => csrfOf(await (await c.get('/staff/login')).text())),
    );
    const responses = await Promise.all(
      clients.map((c, i) =>
        c.post('/staff/login', { _csrf: forms[i]!, username: 'locked.out', password: `Wrong-Passw0rd-${i}` }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(95);
    // Every verified failure is counted: the user name's counter holds the 5 the throttle let through.
    const [counted] = await db.query<{ failures: number }>(
      'SELECT failures FROM login_attempts WHERE key = $1',
      [throttleKeys.account('locked.out')],
    );
    expect(counted!.failures).toBe(5);
    const refused = responses.find((r) => r.status === 429)!;
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(await refused.text()).toContain('登录尝试过于频繁，为保护账号安全，请在 30 秒后再试。');
    // Even the right password is not checked while the delay runs.
    const owner = new TestClient(app);
    const during = await owner.logIn('locked.out');
    expect(during.status).toBe(429);
    expect(owner.cookies.has('gk_session')).toBe(false);
    expect(
      await db.query("SELECT 1 FROM audit_events WHERE action = 'auth.login' AND actor_name = 'locked.out'"),
    ).toEqual([]);
    clock.advance(30_000);
    const after = await owner.logIn('locked.out');
    expect(after.status).toBe(303);
    expect(after.headers.getSetCookie().find((c) => c.startsWith('gk_device='))).toMatch(
      /Max-Age=15552000; Path=\/staff\/login; HttpOnly; SameSite=Strict/,
    );
    clock.set(NOW);
  });

  it('lets a browser that signed in before in while strangers are being slowed down', async () => {
    const owner = new TestClient(app);
    expect((await owner.logIn('guarded')).status).toBe(303);
    await owner.post('/staff/logout', {}, { csrfFrom: '/staff' });
    const stranger = new TestClient(app);
    for (let i = 0; i < 6; i += 1) {
      await stranger.logIn('guarded', `Wrong-Passw0rd-${i}`);
    }
    const slowed = await stranger.logIn('guarded');
    expect(slowed.status).toBe(429);
    expect(await slowed.text()).toMatch(/请在 (\d+) 秒后再试/);
    expect((await owner.logIn('guarded')).status).toBe(303);
  });

  it('refuses a form without the CSRF token, with a forged one, or from another site', async () => {
    const client = new TestClient(app);
    await client.get('/staff/login');
    const missing = await client.request('/staff/login', {
      method: 'POST',
      body: new URLSearchParams({ username: 'li.ming', password: STAFF_PASSWORD }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain(CSRF_MESSAGE);
    const forged = await client.post('/staff/login', {
      _csrf: 'x'.repeat(43),
      username: 'li.ming',
      password: STAFF_PASSWORD,
    });
    expect(forged.status).toBe(403);
    const crossSite = await client.post(
      '/staff/login',
      { username: 'li.ming', password: STAFF_PASSWORD },
      { headers: { 'sec-fetch-site': 'cross-site' } },
    );
    expect(crossSite.status).toBe(403);
    const otherOrigin = await client.post(
      '/staff/login',
      { username: 'li.ming', password: STAFF_PASSWORD },
      { headers: { origin: 'https://evil.example', host: 'localhost' } },
    );
    expect(otherOrigin.status).toBe(403);
    // A token from another browser's cookie does not fit this one.
    const other = new TestClient(app);
    const token = /name="_csrf" value="([^"]+)"/.exec(await (await other.get('/staff/login')).text())![1]!;
    expect(
      (await client.post('/staff/login', { _csrf: token, username: 'li.ming', password: STAFF_PASSWORD }))
        .status,
    ).toBe(403);
  });

  it('sends a person with a one-time password to /staff/password for every staff page', async () => {
    const client = new TestClient(app);
    const res = await client.logIn('new.person');
    expect(res.headers.get('location')).toBe('/staff/password');
    for (const path of ['/staff', '/staff/accounts', '/staff/audit', '/staff/accounts/1']) {
      const page = await client.get(path);
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe('/staff/password');
    }
    const form = await client.get('/staff/password');
    expect(await form.text()).toContain('首次登录，请先修改密码');
    const weak = await client.post('/staff/password', {
      currentPassword: STAFF_PASSWORD,
      newPassword: 'aaaaaaaaaaaa',
      repeatPassword: 'aaaaaaaaaaaa',
    });
    expect(weak.status).toBe(422);
    expect(await weak.text()).toContain('密码不能只由一类字符组成');
    const hashBefore = await db.query("SELECT password_hash FROM accounts WHERE username = 'new.person'");
    for (const common of ['Password1!', 'password12', 'qwerty12345', 'Woaini1314!']) {
      const refused = await client.post('/staff/password', {
        currentPassword: STAFF_PASSWORD,
        newPassword: common,
        repeatPassword: common,
      });
      expect(refused.status).toBe(422);
      expect(await refused.text()).toContain(
        '这个密码太常见（或只是在常见密码前后加了数字、符号），很容易被猜中',
      );
    }
    expect(await db.query("SELECT password_hash FROM accounts WHERE username = 'new.person'")).toEqual(
      hashBefore,
    );
    expect(await db.query("SELECT 1 FROM audit_events WHERE action = 'account.password_change'")).toEqual([]);
    const before = client.cookies.get('gk_session');
    const ok = await client.post('/staff/password', {
      currentPassword: STAFF_PASSWORD,
      newPassword: 'Brand-New-Passw0rd',
      repeatPassword: 'Brand-New-Passw0rd',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/staff');
    expect(client.cookies.get('gk_session')).not.toBe(before);
    expect((await client.get('/staff/accounts')).status).not.toBe(303);
  });

  it('accepts the token from a multipart form body, and writes no name or password into the log', async () => {
    const lines: string[] = [];
    const loggingApp = testApp(db, clock, { log: (l) => lines.push(l), secureCookies: true });
    const logged = new TestClient(loggingApp);
    const token = /name="_csrf" value="([^"]+)"/.exec(await (await logged.get('/staff/login')).text())![1]!;
    const form = new FormData();
    form.set('_csrf', token);
    form.set('username', 'li.ming');
    form.set('password', STAFF_PASSWORD);
    const res = await logged.request('/staff/login', { method: 'POST', body: form });
    expect(res.status).toBe(303);
    expect(res.headers.getSetCookie().find((c) => c.startsWith('gk_session='))).toMatch(/Secure/);
    const stranger = new TestClient(loggingApp);
    expect((await stranger.logIn('li.ming', 'Wrong-Passw0rd-x')).status).toBe(401);
    await stranger.get('/staff/login?next=/staff/accounts');
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(3);
    expect(log).not.toMatch(/li\.ming|李明|Passw0rd|gk_session|_csrf/);
  });

  it('ends the session at sign-out: the old cookie no longer works', async () => {
    const client = new TestClient(app);
    await client.logIn('li.ming');
    const cookie = client.cookies.get('gk_session')!;
    const out = await client.post('/staff/logout', {}, { csrfFrom: '/staff/password' });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/staff/login?out=1');
    const replay = new TestClient(app);
    replay.cookies.set('gk_session', cookie);
    expect((await replay.get('/staff/password')).status).toBe(303);
  });
});
