import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/portal.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';
import type { Db } from '../../db/db.ts';

describe('publishing settings (发布设置)', () => {
  let db: Db;
  let tree: TestTree;
  let admin: TestClient;
  let handler: TestClient;
  const count = async () =>
    Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM publishing_settings'))[0]!.n);

  beforeAll(async () => {
    db = await openTestDb();
    tree = await insertTestTree(db);
    const app = testApp(db, movableClock('2026-12-01T02:00:00Z'));
    await insertTestAccount(db, 'set.admin', [{ organId: tree.district, role: 'admin' }]);
    await insertTestAccount(db, 'set.handler', [{ organId: tree.education, role: 'handler' }]);
    admin = new TestClient(app);
    handler = new TestClient(app);
    await admin.logIn('set.admin');
    await handler.logIn('set.handler');
  });
  afterAll(() => db.close());

  const path = () => `/staff/items/settings?organ=${tree.education}`;

  it('lets the administrator above the organ change them, with an audit record', async () => {
    expect(await (await admin.get(path())).text()).toContain('{机构代码}/{年}-{序号:5}');
    const res = await admin.post(path(), {
      indexPattern: '{机构代码}-{年}-{序号:6}',
      indexCode: 'jyj01',
      drafterMaySign: 'yes',
    });
    expect(res.status).toBe(303);
    const page = await (await admin.get(`${path()}&saved=1`)).text();
    expect(page).toContain('设置已保存');
    expect(page).toContain('JYJ01');
    const [audit] = await db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE action = 'publishing.settings'`,
    );
    expect(audit?.action).toBe('publishing.settings');
  });

  it('refuses a bad pattern or code with Chinese messages and writes nothing', async () => {
    const before = await count();
    const res = await admin.post(path(), { indexPattern: '{部门}/{序号:5}', indexCode: '机构<script>' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('无法识别');
    expect(html).toContain('只能含数字和大写字母');
    expect(html).not.toContain('<script>');
    expect(await count()).toBe(before);
  });

  it('answers a 公开专员 with 403 naming the 管理员 role', async () => {
    const res = await handler.get(path());
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('管理员');
    expect(
      (await handler.post(path(), { indexPattern: '{年}-{序号:5}' }, { csrfFrom: '/staff/items' })).status,
    ).toBe(403);
  });
});
