import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  STAFF_PASSWORD,
  TestClient,
  testApp,
} from '../../../test/staff.ts';
import { openPostgres } from '../../db/postgres.ts';
import type { Db } from '../../db/db.ts';

const postgres = (await backends()).find((b) => b.name === 'postgres');

describe.runIf(postgres)('two app processes on one PostgreSQL', () => {
  let t: TestDb;
  let second: Db;
  let a: ReturnType<typeof testApp>;
  let b: ReturnType<typeof testApp>;
  beforeAll(async () => {
    t = await postgres!.open();
    second = await openPostgres(t.url!);
    const tree = await insertTestTree(t.db);
    await insertTestAccount(t.db, 'li.ming', [{ organId: tree.district, role: 'admin' }]);
    await insertTestAccount(t.db, 'wang.wu', [{ organId: tree.education, role: 'handler' }]);
    const clock = movableClock('2026-11-22T02:00:00Z');
    a = testApp(t.db, clock);
    b = testApp(second, clock);
  });
  afterAll(async () => {
    await second.close();
    await t.dispose();
  });

  /** A client whose requests alternate between the two processes (a load balancer). */
  const balanced = () => {
    const viaA = new TestClient(a);
    const viaB = new TestClient(b);
    Object.defineProperty(viaB, 'cookies', { value: viaA.cookies });
    return { viaA, viaB };
  };

  it('shares sessions: signed in on one, recognised and signed out on the other', async () => {
    const { viaA, viaB } = balanced();
    expect((await viaA.logIn('li.ming')).status).toBe(303);
    expect((await viaB.get('/staff/accounts')).status).toBe(200);
    expect((await viaB.post('/staff/logout', {}, { csrfFrom: '/staff/accounts' })).status).toBe(303);
    viaA.cookies.set('gk_session', 'x'.repeat(43));
    expect((await viaA.get('/staff/accounts')).status).toBe(303);
  });

  it('shares the CSRF secret: a login form from one process is accepted by the other', async () => {
    const { viaA, viaB } = balanced();
    const token = /name="_csrf" value="([^"]+)"/.exec(await (await viaA.get('/staff/login')).text())![1]!;
    expect(
      (await viaB.post('/staff/login', { _csrf: token, username: 'li.ming', password: STAFF_PASSWORD }))
        .status,
    ).toBe(303);
  });

  it('counts failed sign-ins across processes', async () => {
    const { viaA, viaB } = balanced();
    // Five free attempts on the user name + address pair (decision 016), shared by both processes.
    for (let i = 0; i < 5; i += 1) {
      expect((await (i % 2 === 0 ? viaA : viaB).logIn('wang.wu', 'Wrong-Passw0rd')).status).toBe(401);
    }
    expect((await viaB.logIn('wang.wu', 'Wrong-Passw0rd')).status).toBe(429);
    expect((await viaA.logIn('wang.wu')).status).toBe(429);
  });
});
