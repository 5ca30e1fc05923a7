/**
 * The text search of 主动公开 › 信息 (decision 036): items of every status found by 名称, 文号 (any
 * bracket shape), 索引号, 内容概述 and 正文 through the bigram index, current after every write (each
 * write indexes the item in its own transaction; a search only reads — decision 042), only in the
 * organ chosen among those the person may see; hostile input answers 200 with results or a Chinese
 * message, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillStaffSearch } from '../../app/search-staff/backfill-staff-search.ts';
import { backends, type TestDb } from '../../../test/db.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';

/** The titles listed on the page. */
const titles = (html: string): string[] =>
  [...html.matchAll(/<a href="\/staff\/items\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]!).sort();

for (const backend of await backends()) {
  describe(`the staff item search (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let handler: TestClient;
    let outsider: TestClient;
    let reviewer: TestClient;
    let approver: TestClient;
    const ids: Record<string, number> = {};
    const search = async (client: TestClient, organId: number, q: string, tab = 'draft') => {
      const res = await client.get(`/staff/items?organ=${organId}&tab=${tab}&q=${encodeURIComponent(q)}`);
      return { status: res.status, html: await res.text() };
    };
    const draft = async (client: TestClient, organId: number, fields: Record<string, string>) => {
      const res = await client.post(`/staff/items/new?organ=${organId}`, {
        kind: 'notice',
        genre: '通知',
        bodyFormat: 'text',
        ...fields,
      });
      expect(res.status).toBe(303);
      return Number(/\/staff\/items\/(\d+)/.exec(res.headers.get('location')!)![1]);
    };
    const versionOf = async (id: number) =>
      String((await t.db.query<{ v: number }>('SELECT version AS v FROM items WHERE id = $1', [id]))[0]!.v);

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      const app = testApp(t.db, movableClock('2026-12-01T02:00:00Z'));
      await insertTestAccount(t.db, 'handler', [{ organId: tree.education, role: 'handler' }]);
      await insertTestAccount(t.db, 'outsider', [{ organId: tree.finance, role: 'handler' }]);
      await insertTestAccount(t.db, 'reviewer', [{ organId: tree.education, role: 'reviewer' }]);
      await insertTestAccount(t.db, 'approver', [{ organId: tree.education, role: 'approver' }]);
      handler = new TestClient(app);
      outsider = new TestClient(app);
      reviewer = new TestClient(app);
      approver = new TestClient(app);
      await handler.logIn('handler');
      await outsider.logIn('outsider');
      await reviewer.logIn('reviewer');
      await approver.logIn('approver');
      ids.aid = await draft(handler, tree.education, {
        title: '关于2026年学生资助工作的通知',
        docNumber: '甲教发〔2026〕5号',
        summary: '困难学生认定办法',
        body: '各学校：现将家庭经济困难学生认定工作有关事项通知如下。',
      });
      ids.canteen = await draft(handler, tree.education, {
        title: '学校食堂管理办法',
        body: '食堂从业人员须持健康证明上岗。100%_\\',
      });
      ids.finance = await draft(outsider, tree.finance, { title: '关于2026年学生资助资金的通知' });
    });
    afterAll(async () => t.dispose());

    it('finds drafts by 名称, 文号 in any bracket shape, 内容概述 and 正文, in the chosen organ only', async () => {
      const org = tree.education;
      expect(titles((await search(handler, org, '学生资助')).html)).toEqual(['关于2026年学生资助工作的通知']);
      expect(titles((await search(handler, org, '甲教发[2026]5号')).html)).toEqual([
        '关于2026年学生资助工作的通知',
      ]);
      expect(titles((await search(handler, org, '困难学生认定')).html)).toEqual([
        '关于2026年学生资助工作的通知',
      ]);
      expect(titles((await search(handler, org, '健康证明')).html)).toEqual(['学校食堂管理办法']);
      expect(titles((await search(handler, org, '学校')).html)).toEqual([
        '关于2026年学生资助工作的通知',
        '学校食堂管理办法',
      ]);
      const found = (await search(handler, org, '学校', 'due')).html;
      expect(found).toContain('找到 2 条（全部状态）');
      // the tabs keep their own counts while a search is shown
      const tabCounts = (html: string) =>
        [...html.matchAll(/<span class="tab-count">(\d+)</g)].map((m) => m[1]);
      const plain = await (await handler.get(`/staff/items?organ=${org}&tab=due`)).text();
      expect(tabCounts(found)).toEqual(tabCounts(plain));
      // the finance bureau's draft is not in the education bureau's list, and the handler cannot pick it
      expect(titles((await search(outsider, tree.finance, '学生资助')).html)).toEqual([
        '关于2026年学生资助资金的通知',
      ]);
      expect(titles((await search(handler, tree.finance, '学生资助资金')).html)).toEqual([]);
    });

    it('sees every write: an edited title, a later status, an 索引号 given at publication', async () => {
      const at = `/staff/items/${ids.canteen}`;
      const saved = await handler.post(
        `${at}/edit`,
        {
          version: await versionOf(ids.canteen!),
          kind: 'notice',
          genre: '通知',
          bodyFormat: 'text',
          title: '学校食堂卫生管理规定',
          body: '食堂从业人员须持健康证明上岗。',
        },
        { csrfFrom: `${at}/edit` },
      );
      expect(saved.status).toBe(303);
      const org = tree.education;
      expect(titles((await search(handler, org, '管理办法')).html)).toEqual([]);
      expect(titles((await search(handler, org, '卫生管理规定')).html)).toEqual(['学校食堂卫生管理规定']);
      const submitted = await handler.post(
        `${at}/act/submitForReview`,
        { version: await versionOf(ids.canteen!) },
        { csrfFrom: at },
      );
      expect(submitted.status).toBe(303);
      const found = await search(handler, org, '卫生管理规定', 'draft');
      expect(titles(found.html)).toEqual(['学校食堂卫生管理规定']);
      expect(found.html).toContain('待审核');
      // 审核通过 and 签发 give the item its 索引号: found by it as soon as the 签发 committed
      const review = await reviewer.post(
        `${at}/act/approveReview`,
        {
          version: await versionOf(ids.canteen!),
          check_secrecy: 'yes',
          check_disclosure: 'yes',
          check_accuracy: 'yes',
        },
        { csrfFrom: at },
      );
      expect(review.status).toBe(303);
      const signed = await approver.post(
        `${at}/act/sign`,
        { version: await versionOf(ids.canteen!) },
        { csrfFrom: at },
      );
      expect(signed.status).toBe(303);
      const [row] = await t.db.query<{ indexNumber: string }>(
        'SELECT index_number AS "indexNumber" FROM items WHERE id = $1',
        [ids.canteen],
      );
      const published = await search(handler, org, row!.indexNumber, 'published');
      expect(titles(published.html)).toEqual(['学校食堂卫生管理规定']);
      expect(published.html).toContain('已发布');
    });

    it('indexes a draft in the transaction that saves it; a search writes nothing', async () => {
      const rows = () =>
        t.db.query<{ row: string }>(
          "SELECT concat_ws('|', item_id, chunk, version, tokens::text) AS row FROM item_search ORDER BY item_id, chunk",
        );
      const fresh = await draft(handler, tree.education, { title: '关于秋季校园消防演练的通知' });
      const [indexed] = await t.db.query<{ version: number }>(
        'SELECT version FROM item_search WHERE item_id = $1 AND chunk = 0',
        [fresh],
      );
      expect(String(indexed!.version)).toBe(await versionOf(fresh));
      expect(titles((await search(handler, tree.education, '消防演练')).html)).toEqual([
        '关于秋季校园消防演练的通知',
      ]);
      // a change made outside the use cases (by hand in SQL) leaves its rows stale: a search neither
      // finds the new text nor rebuilds anything …
      await t.db.query(
        "UPDATE items SET index_number = 'JY-2026-0042', version = version + 1 WHERE id = $1",
        [ids.aid],
      );
      const before = await rows();
      for (const q of ['jy-2026-0042', '学生资助', '消防']) {
        expect((await search(handler, tree.education, q)).status).toBe(200);
      }
      expect(titles((await search(handler, tree.education, 'jy-2026-0042')).html)).toEqual([]);
      expect(await rows()).toEqual(before);
      // … until `gongkai db backfill-staff-search` rebuilds the stale item
      expect(await backfillStaffSearch(t.db)).toEqual({ cases: 0, items: 1 });
      expect(titles((await search(handler, tree.education, 'jy-2026-0042')).html)).toEqual([
        '关于2026年学生资助工作的通知',
      ]);
      expect(await backfillStaffSearch(t.db)).toEqual({ cases: 0, items: 0 });
    });

    it('answers hostile or odd text with results or a Chinese message, never a 500', async () => {
      const org = tree.education;
      const one = await search(handler, org, '堂');
      expect(one.status).toBe(200);
      expect(titles(one.html)).toEqual(['学校食堂卫生管理规定']);
      const long = await search(handler, org, '学'.repeat(10_000));
      expect(long.status).toBe(200);
      expect(long.html).toContain('检索词过长');
      expect(titles(long.html)).toEqual([]);
      for (const q of ['。，！？', '& | ! : *', "'", '()', '<->', ':*', '%_\\']) {
        const res = await search(handler, org, q);
        expect(res.status, q).toBe(200);
        expect(titles(res.html), q).toEqual([]);
      }
      const invisible = await search(handler, org, '\u200b');
      expect(invisible.status).toBe(200);
      expect(invisible.html).toContain('检索词中没有可查找的文字');
      const surrogate = await handler.get(`/staff/items?organ=${org}&q=%ED%A0%80`);
      expect(surrogate.status).toBe(200);
    });
  });
}
