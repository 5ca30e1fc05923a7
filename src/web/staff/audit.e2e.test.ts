import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';
import { openTestPglite } from '../../../test/db.ts';

describe('the audit-log page', () => {
  let db: Db;
  let tree: TestTree;
  let app: ReturnType<typeof testApp>;
  const signedIn = async (username: string) => {
    const client = new TestClient(app);
    expect((await client.logIn(username)).status).toBe(303);
    return client;
  };

  beforeAll(async () => {
    db = await openTestPglite();
    tree = await insertTestTree(db);
    await insertTestAccount(db, 'city.admin', [{ organId: tree.city, role: 'admin' }]);
    await insertTestAccount(db, 'jia.jiandu', [{ organId: tree.district, role: 'supervisor' }], {
      displayName: '甲区监督',
    });
    await insertTestAccount(db, 'jia.jyj', [{ organId: tree.education, role: 'handler' }]);
    const record = (organId: number | null, action: string, at: string, before: unknown, after: unknown) =>
      db.transaction((tx) =>
        appendAudit(tx, {
          at: new Date(at),
          actorId: 1,
          actorName: '张三',
          organId,
          action,
          entity: 'organ',
          entityId: String(organId),
          before,
          after,
        }),
      );
    await record(
      tree.education,
      'organ.update',
      '2026-11-01T02:00:00Z',
      { name: '甲区教育局', phone: '1' },
      { name: '甲区教育体育局', phone: '1' },
    );
    await record(
      tree.otherDistrict,
      'organ.update',
      '2026-11-02T02:00:00Z',
      { name: '乙区秘密' },
      { name: '乙区秘密二' },
    );
    await record(null, 'setting.update', '2026-11-03T02:00:00Z', null, { siteName: '新站名' });
    await record(tree.finance, 'organ.create', '2026-11-20T17:00:00Z', null, { name: '甲区财政局' }); // 11-21 01:00 北京时间
    app = testApp(db, movableClock('2026-11-22T02:00:00Z'));
  });
  afterAll(() => db.close());

  it('shows a supervisor the records of their subtree only, with before → after', async () => {
    const html = await (await (await signedIn('jia.jiandu')).get('/staff/audit')).text();
    expect(html).toContain('甲区教育体育局');
    expect(html).toMatch(/<del>.*甲区教育局<\/del>/);
    expect(html).not.toContain('乙区秘密');
    expect(html).not.toContain('新站名'); // records without an organ: only for those who see every organ
    expect(html).not.toMatch(/电话|phone/); // unchanged fields are not listed
  });

  it('shows everything to the administrator of the root', async () => {
    const html = await (await (await signedIn('city.admin')).get('/staff/audit')).text();
    expect(html).toContain('乙区秘密二');
    expect(html).toContain('新站名');
  });

  it('filters by organ subtree, action and 北京时间 dates', async () => {
    const client = await signedIn('city.admin');
    const byOrgan = await (await client.get(`/staff/audit?organ=${tree.district}`)).text();
    expect(byOrgan).toContain('甲区教育体育局');
    expect(byOrgan).not.toContain('乙区秘密');
    const byAction = await (await client.get('/staff/audit?action=organ.create')).text();
    expect(byAction).not.toContain('甲区教育体育局');
    expect(byAction).toContain('新建机构');
    const byDate = await (await client.get('/staff/audit?from=2026-11-21&to=2026-11-21')).text();
    expect(byDate).toContain('共 1 条');
  });

  it('tells each record as a Chinese sentence with labelled fields, never codes or JSON', async () => {
    await db.transaction((tx) =>
      appendAudit(tx, {
        at: new Date('2026-11-21T03:00:00Z'),
        actorId: 1,
        actorName: '张三',
        organId: tree.education,
        action: 'case.recordDelivery',
        entity: 'case',
        entityId: '42',
        before: { status: 'toDeliver' },
        after: {
          status: 'closed',
          event: { kind: 'delivered', on: '2026-11-20', method: 'post', trackingNumber: 'XA1' },
          letterId: null,
        },
      }),
    );
    const response = await (await signedIn('jia.jiandu')).get('/staff/audit');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('张三在依申请公开案件（编号 42）中记录：答复已送达（邮政寄送，单号 XA1），办结。');
    expect(html).toMatch(/<dt>状态<\/dt><dd><del><span class="visually-hidden">原值：<\/span>待送达<\/del>/);
    expect(html).not.toMatch(/toDeliver|&quot;kind&quot;|\{&quot;/);
  });

  it('records failed sign-ins and shows them, without what was typed as a username', async () => {
    expect((await new TestClient(app).logIn('jia.jyj', 'wrong-password')).status).toBe(401);
    expect((await new TestClient(app).logIn('no.such.person', 'wrong-password')).status).toBe(401);
    const supervisor = await (await signedIn('jia.jiandu')).get('/staff/audit?action=auth.login_failed');
    expect(supervisor.status).toBe(200);
    const seen = await supervisor.text();
    expect(seen).toContain('账号「测试jia.jyj」登录失败：密码错误。');
    expect(seen).not.toContain('不存在的用户名'); // no organ: only for those who see every organ
    const admin = await (
      await (await signedIn('city.admin')).get('/staff/audit?action=auth.login_failed')
    ).text();
    expect(admin).toContain('有人用不存在的用户名尝试登录');
    expect(admin).toContain('登录失败');
    const stored = await db.query<{ after: unknown }>(
      "SELECT after FROM audit_events WHERE action = 'auth.login_failed' ORDER BY id",
    );
    expect(stored.map((r) => r.after)).toEqual([{ reason: 'wrongPassword' }, { reason: 'unknownUsername' }]);
    expect(JSON.stringify(await db.query('SELECT * FROM audit_events'))).not.toContain('no.such.person');
  });

  it("refuses an organ filter outside the person's organs, bad filters, and people without audit.view", async () => {
    const supervisor = await signedIn('jia.jiandu');
    expect((await supervisor.get(`/staff/audit?organ=${tree.otherDistrict}`)).status).toBe(403);
    expect((await supervisor.get('/staff/audit?from=2026-13-45')).status).toBe(400);
    expect((await supervisor.get("/staff/audit?action=x'%20OR%201=1")).status).toBe(400);
    const handler = await signedIn('jia.jyj');
    expect((await handler.get('/staff/audit')).status).toBe(403);
  });
});
