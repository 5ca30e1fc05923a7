/**
 * 主动公开 in the back office: a 公开专员 drafts, 审核人 and 领导 do their steps through the pages,
 * the checks block and the mask clears them, bad input gets Chinese messages and writes nothing,
 * and other organs' people get 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';
import { residentIdCheckCharacter } from '../../domain/applicant/id-number.ts';

const ID = `37030419800101123${residentIdCheckCharacter('37030419800101123')}`;

for (const backend of await backends()) {
  describe(`主动公开 staff pages (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    const clients: Record<'handler' | 'reviewer' | 'approver' | 'outsider', TestClient> = {} as never;
    const count = async (table: string) =>
      Number((await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
    const version = async (id: number) =>
      String((await t.db.query<{ v: number }>('SELECT version AS v FROM items WHERE id = $1', [id]))[0]!.v);
    let itemId = 0;

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      const app = testApp(t.db, movableClock('2026-12-01T02:00:00Z'));
      await insertTestAccount(t.db, 'gk.handler', [{ organId: tree.education, role: 'handler' }], {
        displayName: '李起草',
      });
      await insertTestAccount(t.db, 'gk.reviewer', [{ organId: tree.education, role: 'reviewer' }], {
        displayName: '王审核',
      });
      await insertTestAccount(t.db, 'gk.approver', [{ organId: tree.education, role: 'approver' }], {
        displayName: '赵签发',
      });
      await insertTestAccount(t.db, 'gk.outsider', [{ organId: tree.finance, role: 'handler' }]);
      for (const who of ['handler', 'reviewer', 'approver', 'outsider'] as const) {
        clients[who] = new TestClient(app);
        expect((await clients[who].logIn(`gk.${who}`)).status).toBe(303);
      }
    });
    afterAll(async () => t.dispose());

    it('shows 主动公开 in the menu and an empty 第二十六条 list', async () => {
      const html = await (await clients.handler.get('/staff/items')).text();
      expect(html).toContain('起草信息');
      expect(html).toContain('没有即将到期或已逾期的未发布信息');
    });

    it('refuses a draft without a title, with hostile HTML and an unknown column, and writes nothing', async () => {
      const path = `/staff/items/new?organ=${tree.education}`;
      const before = await count('items');
      const res = await clients.handler.post(path, {
        kind: 'notice',
        title: '',
        body: 'x',
        columns: 'no-such-column',
        topic: '不存在',
      });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain('请填写标题');
      expect(html).toContain('所选栏目不存在');
      expect(html).toContain('请从列表中选择主题分类');
      expect(await count('items')).toBe(before);
      const outsider = await clients.outsider.post(
        path,
        { kind: 'notice', title: '越权' },
        { csrfFrom: '/staff/items' },
      );
      expect(outsider.status).toBe(403);
      expect(await outsider.text()).toContain('公开专员');
      expect(await count('items')).toBe(before);
    });

    it('saves a draft with a cleaned body, blocks the ID number and masks it in one click', async () => {
      const res = await clients.handler.post(`/staff/items/new?organ=${tree.education}`, {
        kind: 'notice',
        title: '关于2026年学生资助名单的公示<script>',
        genre: '公告',
        bodyFormat: 'html',
        body: `<p onmouseover="x()">受助学生：张三，身份证号${ID}</p><script>alert(1)</script>`,
      });
      expect(res.status).toBe(303);
      itemId = Number(/\/staff\/items\/(\d+)/.exec(res.headers.get('location')!)![1]);
      const page = await (await clients.handler.get(`/staff/items/${itemId}`)).text();
      expect(page).toContain('含身份证号码');
      expect(page).not.toContain('onmouseover');
      expect(page).not.toContain('<script>alert');
      expect(page).toContain('&lt;script&gt;');
      // the step is offered, disabled, with the reason (the server refuses it anyway)
      expect(page).toMatch(/发布前检查有\d+个错误，须先修改后才能提交审核/);
      expect(page).toMatch(/<button type="submit" class="button button-primary" disabled[^>]*>\s*提交审核/);
      const submit = await clients.handler.post(
        `/staff/items/${itemId}/act/submitForReview`,
        { version: await version(itemId) },
        { csrfFrom: `/staff/items/${itemId}` },
      );
      expect(submit.status).toBe(409);
      expect(await submit.text()).toContain('请先修改后再提交审核');
      expect(
        (
          await clients.handler.post(
            `/staff/items/${itemId}/mask`,
            { version: await version(itemId) },
            { csrfFrom: `/staff/items/${itemId}` },
          )
        ).status,
      ).toBe(303);
      const masked = await (await clients.handler.get(`/staff/items/${itemId}`)).text();
      expect(masked).toContain('张*');
      expect(masked).not.toContain(ID);
    });

    it('walks 提交审核 → 审核 (checklist) → 签发, refusing the wrong people and stale versions', async () => {
      const at = `/staff/items/${itemId}`;
      expect(
        (
          await clients.handler.post(
            `${at}/act/submitForReview`,
            { version: await version(itemId) },
            { csrfFrom: at },
          )
        ).status,
      ).toBe(303);
      expect(
        (
          await clients.handler.post(
            `${at}/act/approveReview`,
            { version: await version(itemId) },
            { csrfFrom: at },
          )
        ).status,
      ).toBe(409);
      const noChecklist = await clients.reviewer.post(
        `${at}/act/approveReview`,
        { version: await version(itemId) },
        { csrfFrom: at },
      );
      expect(noChecklist.status).toBe(422);
      expect(await noChecklist.text()).toContain('审核通过前须逐项确认');
      const stale = await clients.reviewer.post(
        `${at}/act/approveReview`,
        { version: '1', check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' },
        { csrfFrom: at },
      );
      expect(stale.status).toBe(409);
      expect(await stale.text()).toContain('该记录已被他人修改');
      const ok = await clients.reviewer.post(
        `${at}/act/approveReview`,
        {
          version: await version(itemId),
          check_secrecy: 'yes',
          check_disclosure: 'yes',
          check_accuracy: 'yes',
        },
        { csrfFrom: at },
      );
      expect(ok.status).toBe(303);
      expect(
        (
          await clients.approver.post(
            `${at}/act/sign`,
            { version: await version(itemId), publishAt: 'tomorrow' },
            { csrfFrom: at },
          )
        ).status,
      ).toBe(422);
      expect(
        (await clients.approver.post(`${at}/act/sign`, { version: await version(itemId) }, { csrfFrom: at }))
          .status,
      ).toBe(303);
      const page = await (await clients.approver.get(at)).text();
      expect(page).toContain('已发布');
      expect(page).toContain('审核通过：已确认：保密审查、公开属性审查、内容审查');
      expect((await clients.outsider.get(at)).status).toBe(404);
      expect(
        (await clients.handler.post(`${at}/act/nonsense`, { version: '1' }, { csrfFrom: '/staff/items' }))
          .status,
      ).toBe(404);
    });

    it('withdraws only with a reason (422 and nothing written), then with one', async () => {
      const at = `/staff/items/${itemId}`;
      const events = await count('item_events');
      const res = await clients.approver.post(
        `${at}/act/withdraw`,
        { version: await version(itemId), reason: '  ' },
        { csrfFrom: at },
      );
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('撤回须写明理由');
      expect(await count('item_events')).toBe(events);
      expect(
        (
          await clients.approver.post(
            `${at}/act/withdraw`,
            { version: await version(itemId), reason: '公示期满' },
            { csrfFrom: at },
          )
        ).status,
      ).toBe(303);
    });

    it('bulk page: refuses an empty selection or an unknown action with 422, lists outcomes per item', async () => {
      const at = `/staff/items/bulk?organ=${tree.education}`;
      expect((await clients.handler.get(at)).status).toBe(200);
      const none = await clients.handler.post(at, { bulkAction: 'changeValidity' });
      expect(none.status).toBe(422);
      expect(await none.text()).toContain('请至少勾选一条信息');
      expect(
        (await clients.handler.post(at, { bulkAction: 'drop table', items: String(itemId) })).status,
      ).toBe(422);
      const res = await clients.handler.post(at, {
        bulkAction: 'changeValidity',
        items: String(itemId),
        validity: 'lapsed',
        note: '清理',
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('0 条成功，1 条未处理');
    });
  });
}
