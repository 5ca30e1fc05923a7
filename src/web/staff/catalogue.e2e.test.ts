/**
 * 栏目设置 and 主动公开事项目录 in the back office and on the portal (one file: one database and one
 * set of sign-ins for both). The organ's 管理员 adds, renames, reorders, moves and deletes columns;
 * a column with items is not deleted (the count is named), a published column keeps its code and
 * the portal follows the edited tree. The 目录: example rows, add/change/delete rows, the public
 * page grouped by 事项 with links to the columns. Bad input gets Chinese messages and writes
 * nothing; stale versions answer 409; a 公开专员 gets 403 naming the 管理员 role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/portal.ts';
import {
  csrfOf,
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

describe('栏目设置 and 主动公开事项目录', () => {
  let db: Db;
  let tree: TestTree;
  let admin: TestClient;
  let handler: TestClient;
  let visitor: TestClient;
  // one token per session: posts need no page load first
  let csrf = '';
  const columnsPath = () => `/staff/items/columns?organ=${tree.district}`;
  const directoryPath = () => `/staff/items/directory?organ=${tree.district}`;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<{ n: string }>(sql, params))[0]!.n);
  const columns = () =>
    count('SELECT count(*) AS n FROM catalogue_columns WHERE organ_id = $1', [tree.district]);
  const version = async () =>
    String(
      (
        await db.query<{ v: number }>('SELECT version AS v FROM catalogue_versions WHERE organ_id = $1', [
          tree.district,
        ])
      )[0]?.v ?? 1,
    );
  const column = async (slug: string) =>
    (
      await db.query<{ id: number; name: string; parentId: number | null; position: number }>(
        `SELECT id, name, parent_id AS "parentId", position FROM catalogue_columns WHERE organ_id = $1 AND slug = $2`,
        [tree.district, slug],
      )
    )[0];
  const post = async (fields: Record<string, string>) =>
    admin.post(columnsPath(), { _csrf: csrf, version: await version(), ...fields });

  const rows = () => count('SELECT count(*) AS n FROM directory_entries');
  const entry = async (subMatter: string) =>
    (
      await db.query<{ id: number; version: number; isExample: boolean; matter: string }>(
        `SELECT id, version, is_example AS "isExample", matter FROM directory_entries WHERE sub_matter = $1`,
        [subMatter],
      )
    )[0]!;
  const send = (fields: Record<string, string | string[]>) =>
    admin.post(directoryPath(), { _csrf: csrf, ...fields });
  const withLists = (fields: Record<string, string>, lists: Record<string, string[]>) => ({
    ...fields,
    ...lists,
  });

  beforeAll(async () => {
    db = await openTestDb();
    tree = await insertTestTree(db);
    const app = testApp(db, movableClock('2026-12-01T02:00:00Z'));
    await insertTestAccount(db, 'cat.admin', [{ organId: tree.district, role: 'admin' }]);
    await insertTestAccount(db, 'cat.handler', [{ organId: tree.district, role: 'handler' }]);
    admin = new TestClient(app);
    handler = new TestClient(app);
    visitor = new TestClient(app);
    await admin.logIn('cat.admin');
    await handler.logIn('cat.handler');
    csrf = csrfOf(await (await admin.get('/staff/items')).text());
  });
  afterAll(() => db.close());

  describe('栏目设置', () => {
    it('shows the default tree, seeded on first view', async () => {
      const html = await (await admin.get(columnsPath())).text();
      expect(html).toContain('机构职能');
      expect(html).toContain('documents-2');
      expect(await columns()).toBeGreaterThan(40);
    });

    it('adds a sub-column with a generated code and an audit record; the portal shows it', async () => {
      const plans = await column('plans');
      const res = await post({
        edit: 'add',
        name: '国土空间规划',
        slug: '',
        basis: '',
        parent: String(plans!.id),
      });
      expect(res.status).toBe(303);
      const added = await column('plans-5');
      expect(added).toMatchObject({ name: '国土空间规划', parentId: plans!.id, position: 5 });
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'catalogue.addColumn'`)).toBe(
        1,
      );
      const portal = await (await visitor.get('/o/jia/gk/statutory')).text();
      expect(portal).toContain('国土空间规划');
    });

    it('renames, reorders and moves a column; the portal follows', async () => {
      const added = (await column('plans-5'))!;
      const top = (await column('statistics'))!;
      const res = await post({
        edit: 'update',
        id: String(added.id),
        name: '国土空间总体规划',
        slug: 'land-plan',
        basis: '第二十条（三）',
        parent: String(top.id),
      });
      expect(res.status).toBe(303);
      expect(await column('land-plan')).toMatchObject({ name: '国土空间总体规划', parentId: top.id });
      expect((await post({ edit: 'up', id: String(top.id) })).status).toBe(303);
      expect((await column('statistics'))!.position).toBeLessThan((await column('plans'))!.position);
      const portal = await (await visitor.get('/o/jia/gk/statutory')).text();
      expect(portal.indexOf('统计信息')).toBeLessThan(portal.indexOf('规划信息'));
      expect(portal).toContain('国土空间总体规划');
    });

    it('refuses empty, huge, hostile and duplicate input with Chinese messages and writes nothing', async () => {
      const before = await columns();
      const audits = await count('SELECT count(*) AS n FROM audit_events');
      const empty = await post({ edit: 'add', name: '', slug: '../x', basis: '', parent: '' });
      expect(empty.status).toBe(422);
      const html = await empty.text();
      expect(html).toContain('请填写栏目名称');
      expect(html).toContain('栏目代码只能含小写字母');
      const huge = await post({ edit: 'add', name: '长'.repeat(10_000), slug: 'ok', basis: '', parent: '' });
      expect(huge.status).toBe(422);
      expect(await huge.text()).toContain('栏目名称最长50个字');
      const duplicate = await post({ edit: 'add', name: '重复', slug: 'documents', basis: '', parent: '' });
      expect(await duplicate.text()).toContain('已被其他栏目使用');
      const cycle = await post({
        edit: 'update',
        id: String((await column('plans'))!.id),
        name: '规划信息',
        slug: '',
        basis: '',
        parent: String((await column('plans-1'))!.id),
      });
      expect(await cycle.text()).toContain('不能移到本栏目或其子栏目之下');
      const third = await post({
        edit: 'add',
        name: '第三级',
        slug: '',
        basis: '',
        parent: String((await column('plans-1'))!.id),
      });
      expect(await third.text()).toContain('栏目最多2级');
      const unknown = await post({ edit: 'add', name: '未知上级', slug: '', basis: '', parent: '999999' });
      expect(await unknown.text()).toContain('所选上级栏目不存在');
      const bogus = await post({ edit: 'drop', id: '1' });
      expect(bogus.status).toBe(400);
      expect(await columns()).toBe(before);
      expect(await count('SELECT count(*) AS n FROM audit_events')).toBe(audits);
    });

    it('escapes a name with markup on the staff page and the portal', async () => {
      const res = await post({
        edit: 'add',
        name: '<script>alert(1)</script>',
        slug: 'xss',
        basis: '<b>',
        parent: '',
      });
      expect(res.status).toBe(303);
      const staff = await (await admin.get(columnsPath())).text();
      expect(staff).not.toContain('<script>alert(1)');
      expect(staff).toContain('&lt;script&gt;');
      const portal = await (await visitor.get('/o/jia/gk/statutory')).text();
      expect(portal).not.toContain('<script>alert(1)');
      expect((await post({ edit: 'delete', id: String((await column('xss'))!.id) })).status).toBe(303);
    });

    it('answers a stale version with 409 and changes nothing', async () => {
      const target = (await column('statistics'))!;
      const res = await post({ version: '1', edit: 'down', id: String(target.id) });
      expect(res.status).toBe(409);
      expect(await res.text()).toContain('该记录已被他人修改');
      expect((await column('statistics'))!.position).toBe(target.position);
    });

    it('keeps a column with items (naming the count) and the code of a published column', async () => {
      const target = (await column('land-plan'))!;
      const [item] = await db.query<{ id: number }>(
        `INSERT INTO items (organ_id, kind, status, title, formed_on, genre, drafted_by_name, published_version, created_at, updated_at)
         VALUES ($1, 'document', 'published', '某规划', '2026-11-01', '通知', '李起草', 1, now(), now()) RETURNING id`,
        [tree.district],
      );
      await db.query('INSERT INTO item_columns (item_id, column_id) VALUES ($1, $2)', [item!.id, target.id]);
      const del = await post({ edit: 'delete', id: String(target.id) });
      expect(del.status).toBe(409);
      expect(await del.text()).toContain('还有 1 条信息');
      const rename = await post({
        edit: 'update',
        id: String(target.id),
        name: '改名',
        slug: 'other-code',
        basis: '',
        parent: '',
      });
      expect(rename.status).toBe(422);
      expect(await rename.text()).toContain('为保持网址不变');
      expect(await column('land-plan')).toBeDefined();
      const reserved = await post({ edit: 'delete', id: String((await column('documents-2'))!.id) });
      expect(reserved.status).toBe(409);
      expect(await reserved.text()).toContain('不能删除');
    });

    it('deletes an empty column and restores the default columns', async () => {
      const stats = (await column('statistics'))!;
      expect((await post({ edit: 'delete', id: String((await column('plans-4'))!.id) })).status).toBe(303);
      expect(await column('plans-4')).toBeUndefined();
      expect((await post({ edit: 'restore' })).status).toBe(303);
      expect((await column('plans-4'))?.parentId).toBe((await column('plans'))!.id);
      expect(await column('statistics')).toMatchObject({ id: stats.id });
      const audit = await (await admin.get('/staff/audit')).text();
      expect(audit).toContain('恢复默认栏目');
    });

    it('answers a 公开专员 with 403 naming the 管理员 role', async () => {
      const res = await handler.get(columnsPath());
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('管理员');
    });
  });

  describe('主动公开事项目录', () => {
    it('loads the example rows once, marked 示例, and the portal shows them grouped with column links', async () => {
      expect(await (await visitor.get('/o/jia/gk/directory')).text()).toContain('尚未发布主动公开事项目录');
      expect((await send({ edit: 'examples' })).status).toBe(303);
      expect(await rows()).toBe(8);
      const again = await send({ edit: 'examples' });
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
      expect(await (await visitor.get('/o/jia/sitemap')).text()).toContain('href="/o/jia/gk/directory"');
    });

    it('adds a row with its columns and an audit record', async () => {
      const res = await admin.post(
        directoryPath(),
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
      const empty = await send({
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
        directoryPath(),
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
      expect((await send(withLists(form, lists))).status).toBe(303);
      expect(await entry('政府预算')).toMatchObject({ isExample: false, version: row.version + 1 });
      const html = await (await visitor.get('/o/jia/gk/directory')).text();
      expect(html).not.toContain('<script>alert(1)');
      expect(html).toContain('&lt;script&gt;');
      const stale = await send(withLists({ ...form, matter: '过期' }, lists));
      expect(stale.status).toBe(409);
      expect(await stale.text()).toContain('该记录已被他人修改');
      expect((await entry('政府预算')).matter).toBe('<script>alert(1)</script>');
    });

    it('deletes a row with its current version only', async () => {
      const row = await entry('政府决算');
      const stale = await send({ edit: 'delete', id: String(row.id), version: '99' });
      expect(stale.status).toBe(409);
      expect((await send({ edit: 'delete', id: String(row.id), version: String(row.version) })).status).toBe(
        303,
      );
      expect(await count(`SELECT count(*) AS n FROM directory_entries WHERE sub_matter = '政府决算'`)).toBe(
        0,
      );
      const audit = await (await admin.get('/staff/audit')).text();
      expect(audit).toContain('删除公开事项');
    });

    it('answers a 公开专员 with 403 naming the 管理员 role and an unknown action with 400', async () => {
      const res = await handler.get(directoryPath());
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('管理员');
      expect((await send({ edit: 'wipe' })).status).toBe(400);
    });
  });
});
