/**
 * 主动公开事项目录: the organ's 管理员 loads the example rows, adds, changes and deletes rows (bad
 * input gets Chinese messages and writes nothing; stale versions 409); the portal shows the 目录
 * grouped by 事项, each row linking to its columns; others get 403.
 */
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

const ROW = {
  edit: 'save',
  matter: '社会救助',
  subMatter: '最低生活保障',
  content: '保障标准、申请条件、办理程序',
  basis: '《社会救助暂行办法》',
  timeLimit: '信息形成或者变更之日起20个工作日内',
  publisher: '区民政局',
  audience: 'all',
  mode: 'proactive',
};

describe('主动公开事项目录', () => {
  let db: Db;
  let tree: TestTree;
  let admin: TestClient;
  let handler: TestClient;
  let visitor: TestClient;
  const path = () => `/staff/items/directory?organ=${tree.district}`;
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql))[0]!.n);
  const rows = () => count('SELECT count(*) AS n FROM directory_entries');
  const entry = async (subMatter: string) =>
    (
      await db.query<{ id: number; version: number; isExample: boolean; matter: string }>(
        `SELECT id, version, is_example AS "isExample", matter FROM directory_entries WHERE sub_matter = $1`,
        [subMatter],
      )
    )[0]!;
  const withLists = (fields: Record<string, string>, lists: Record<string, string[]>) => ({
    ...fields,
    ...lists,
  });

  beforeAll(async () => {
    db = await openTestDb();
    tree = await insertTestTree(db);
    const app = testApp(db, movableClock('2026-12-01T02:00:00Z'));
    await insertTestAccount(db, 'dir.admin', [{ organId: tree.district, role: 'admin' }]);
    await insertTestAccount(db, 'dir.handler', [{ organId: tree.district, role: 'handler' }]);
    admin = new TestClient(app);
    handler = new TestClient(app);
    visitor = new TestClient(app);
    await admin.logIn('dir.admin');
    await handler.logIn('dir.handler');
  });
  afterAll(() => db.close());

  it('loads the example rows once, marked 示例, and the portal shows them grouped with column links', async () => {
    expect(await (await visitor.get('/o/jia/gk/directory')).text()).toContain('尚未发布主动公开事项目录');
    expect((await admin.post(path(), { edit: 'examples' })).status).toBe(303);
    expect(await rows()).toBe(8);
    const again = await admin.post(path(), { edit: 'examples' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('示例只能载入到空目录');
    expect(await rows()).toBe(8);
    const page = await visitor.get('/o/jia/gk/directory');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h2 id="matter-3">财政预决算</h2>');
    expect(html).toContain('href="/o/jia/gk/c/budget-1"');
    expect(html).toContain('示例');
    expect(await (await visitor.get('/o/jia/gk/statutory')).text()).toContain('href="/o/jia/gk/directory"');
  });

  it('adds a row with its columns and an audit record', async () => {
    const res = await admin.post(
      path(),
      withLists(ROW, {
        channels: ['website', 'noticeBoard'],
        levels: ['county', 'township'],
        columns: ['livelihood-4'],
      }),
    );
    expect(res.status).toBe(303);
    const html = await (await visitor.get('/o/jia/gk/directory')).text();
    expect(html).toContain('最低生活保障');
    expect(html).toContain('社区/企事业单位/村公示栏（电子屏）');
    expect(html).toContain('href="/o/jia/gk/c/livelihood-4"');
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'directory.create'`)).toBe(1);
  });

  it('refuses empty, huge and hostile input with Chinese messages and writes nothing', async () => {
    const before = await rows();
    const audits = await count('SELECT count(*) AS n FROM audit_events');
    const empty = await admin.post(path(), {
      edit: 'save',
      matter: '',
      content: '',
      publisher: '',
      timeLimit: '',
    });
    expect(empty.status).toBe(422);
    const text = await empty.text();
    for (const message of [
      '请填写一级事项',
      '请至少选择一个公开渠道和载体',
      '请选择公开对象',
      '请至少选择一个公开层级',
    ]) {
      expect(text).toContain(message);
    }
    const hostile = await admin.post(
      path(),
      withLists(
        { ...ROW, matter: '事'.repeat(10_000) },
        { channels: ['website'], levels: ['county'], columns: ['../x'] },
      ),
    );
    expect(hostile.status).toBe(422);
    const html = await hostile.text();
    expect(html).toContain('最长100个字');
    expect(html).toContain('所选栏目不存在');
    expect(await rows()).toBe(before);
    expect(await count('SELECT count(*) AS n FROM audit_events')).toBe(audits);
  });

  it('changes an example row (no longer 示例), escapes markup, and answers a stale version with 409', async () => {
    const row = await entry('政府预算');
    expect(row.isExample).toBe(true);
    const form = {
      ...ROW,
      id: String(row.id),
      version: String(row.version),
      matter: '<script>alert(1)</script>',
      subMatter: '政府预算',
    };
    const lists = { channels: ['website'], levels: ['county'], columns: ['budget-1'] };
    expect((await admin.post(path(), withLists(form, lists))).status).toBe(303);
    expect(await entry('政府预算')).toMatchObject({ isExample: false, version: row.version + 1 });
    const html = await (await visitor.get('/o/jia/gk/directory')).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;');
    const stale = await admin.post(path(), withLists({ ...form, matter: '过期' }, lists));
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('该记录已被他人修改');
    expect((await entry('政府预算')).matter).toBe('<script>alert(1)</script>');
  });

  it('deletes a row with its current version only', async () => {
    const row = await entry('政府决算');
    const stale = await admin.post(path(), { edit: 'delete', id: String(row.id), version: '99' });
    expect(stale.status).toBe(409);
    expect(
      (await admin.post(path(), { edit: 'delete', id: String(row.id), version: String(row.version) })).status,
    ).toBe(303);
    expect(await count(`SELECT count(*) AS n FROM directory_entries WHERE sub_matter = '政府决算'`)).toBe(0);
    const audit = await (await admin.get('/staff/audit')).text();
    expect(audit).toContain('删除公开事项');
  });

  it('answers a 公开专员 with 403 naming the 管理员 role and an unknown action with 400', async () => {
    const res = await handler.get(path());
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('管理员');
    expect((await admin.post(path(), { edit: 'wipe' })).status).toBe(400);
  });
});
