/**
 * Issue 8 item 14: the staff menu follows the access policy, a 403 inside /staff keeps the staff
 * layout, leads back to 工作台 and names the role needed, and a case page tells an administrator
 * without a role on the case's organ which role each open step needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';
import { openTestPglite } from '../../../test/db.ts';

/** The labels of the main navigation on a staff page. */
function menuOf(html: string): string[] {
  const nav = /<nav class="staff-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!);
}

const count = async (db: Db, table: string) =>
  Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

describe('menus and refusals follow the access policy', () => {
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
    await insertTestAccount(db, 'jyj', [{ organId: tree.education, role: 'handler' }]);
    await insertTestAccount(db, 'jiandu', [{ organId: tree.district, role: 'supervisor' }]);
    await insertTestAccount(db, 'nobody', []);
    app = testApp(db, movableClock('2026-12-07T02:00:00Z'));
  });
  afterAll(async () => db?.close());

  it('shows a 公开专员 no 账号管理 and no 审计日志, on every page and in the quick links', async () => {
    const handler = await signedIn('jyj');
    const html = await (await handler.get('/staff')).text();
    expect(menuOf(html)).toEqual([
      '工作台',
      '主动公开',
      '依申请公开',
      '统计',
      '机构管理',
      '年报体检',
      '工作日历',
    ]);
    expect(html).not.toContain('href="/staff/accounts"');
    expect(html).not.toContain('href="/staff/audit"');
    expect(menuOf(await (await handler.get('/staff/cases')).text())).not.toContain('账号管理');
  });

  it('shows 上级监督 the audit log but not account administration; 管理员 everything', async () => {
    const supervisor = await signedIn('jiandu');
    expect(menuOf(await (await supervisor.get('/staff')).text())).toEqual([
      '工作台',
      '主动公开',
      '依申请公开',
      '统计',
      '机构管理',
      '审计日志',
      '年报体检',
      '工作日历',
    ]);
    const admin = await signedIn('city.admin');
    expect(menuOf(await (await admin.get('/staff')).text())).toContain('账号管理');
    const nobody = await signedIn('nobody');
    expect(menuOf(await (await nobody.get('/staff')).text())).toEqual(['工作台', '年报体检', '工作日历']);
    const refused = await nobody.get('/staff/cases');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(
      '此页面需要“管理员”或“公开专员”或“审核人”或“领导（签发）”或“上级监督”角色',
    );
  });

  it('answers a 公开专员 at 账号管理 with a 403 in the staff layout that names the role and leads to 工作台', async () => {
    const handler = await signedIn('jyj');
    for (const [path, roles] of [
      ['/staff/accounts', '“管理员”'],
      ['/staff/accounts/new', '“管理员”'],
      ['/staff/audit', '“管理员”或“上级监督”'],
    ] as const) {
      const res = await handler.get(path);
      expect(res.status, path).toBe(403);
      const html = await res.text();
      expect(html, path).toContain('<h1>无权访问</h1>');
      expect(html, path).toContain(`此页面需要${roles}角色，请联系本机关管理员分配。`);
      expect(html, path).toContain('<a class="button button-primary" href="/staff">返回工作台</a>');
      expect(html, path).not.toContain('返回首页');
      expect(html, path).toContain('class="staff-header"');
      expect(menuOf(html), path).toEqual([
        '工作台',
        '主动公开',
        '依申请公开',
        '统计',
        '机构管理',
        '年报体检',
        '工作日历',
      ]);
    }
  });

  it('refuses a 公开专员 creating an account (403 naming the role) and writes nothing', async () => {
    const handler = await signedIn('jyj');
    const [accounts, audit] = [await count(db, 'accounts'), await count(db, 'audit_events')];
    const res = await handler.post(
      '/staff/accounts/new',
      { username: 'sneaky', displayName: '偷偷', grants: `${tree.education}:admin` },
      { csrfFrom: '/staff' },
    );
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('此操作需要“管理员”角色，请联系本机关管理员分配。');
    expect(await count(db, 'accounts')).toBe(accounts);
    expect(await count(db, 'audit_events')).toBe(audit);
  });

  it('renders a 404 inside /staff in the staff layout with 返回工作台', async () => {
    const handler = await signedIn('jyj');
    for (const path of ['/staff/no-such-page', '/staff/cases/999999']) {
      const res = await handler.get(path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain('<h1>页面不存在</h1>');
      expect(html, path).toContain('返回工作台');
      expect(html, path).toContain('class="staff-footer"');
    }
  });

  it('tells a 管理员 without a role on the case’s organ which role each open step needs', async () => {
    const handler = await signedIn('jyj');
    const registered = await handler.post('/staff/cases/new', {
      organId: String(tree.education),
      channel: 'counter',
      receivedOn: '2026-12-07',
      kind: 'naturalPerson',
      name: '张三',
      idType: 'residentIdCard',
      idNumber: '11010519491231002X',
      phone: '13800138000',
      email: '',
      address: '山东省淄博市博山区某路1号',
      postcode: '255200',
      items: '2026年某学校招生计划',
      provisionForm: 'paper',
      obtainWay: 'post',
    });
    expect(registered.status).toBe(201);
    const caseId = Number((await db.query<{ id: string }>('SELECT max(id) AS id FROM cases'))[0]!.id);
    const admin = await signedIn('city.admin');
    const page = await admin.get(`/staff/cases/${caseId}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('您在甲区教育局没有办理本案当前步骤的角色：');
    expect(html).toContain('「拟写答复」');
    expect(html).toMatch(/「申请人撤回」需要“管理员”或“公开专员”角色，请联系本机关管理员分配。/);
    expect(html).toContain('<a href="/staff/accounts">账号管理</a>');
    // the 公开专员 who may act sees the forms and no hint about himself
    const own = await (await handler.get(`/staff/cases/${caseId}`)).text();
    expect(own).not.toContain('没有办理本案当前步骤的角色');
  });

  it('puts no inline style on any staff page, the 统计 report tables included (the CSP would block it)', async () => {
    const admin = await signedIn('city.admin');
    const caseId = Number((await db.query<{ id: string }>('SELECT max(id) AS id FROM cases'))[0]!.id);
    for (const path of [
      '/staff',
      '/staff/cases',
      `/staff/cases/${caseId}`,
      '/staff/statistics',
      '/staff/organs',
      '/staff/accounts',
      '/staff/audit',
      '/staff/report-check',
      '/staff/calendar',
      '/staff/no-such-page',
    ]) {
      const html = await (await admin.get(path)).text();
      expect(html, path).toContain('class="staff-header"');
      expect(html, path).not.toMatch(/\sstyle=/);
    }
  });
});
