/**
 * 已发布信息复查 (/staff/items/review): a re-check through the page lists the published items that
 * fail today's checks with positions (never the personal data, on the page or in the logs) and the
 * links to put them right; people of other organs and bad organ numbers are refused, writing nothing.
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
import { residentIdCheckCharacter } from '../../domain/applicant/id-number.ts';

const ID = `37030419800101123${residentIdCheckCharacter('37030419800101123')}`;

describe('已发布信息复查 (/staff/items/review)', () => {
  let db: Db;
  let tree: TestTree;
  let handler: TestClient;
  let outsider: TestClient;
  let flagged = 0;
  const logs: string[] = [];
  const rows = async () =>
    Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM item_rechecks'))[0]!.n);
  const path = () => `/staff/items/review?organ=${tree.education}`;

  beforeAll(async () => {
    db = await openTestDb();
    tree = await insertTestTree(db);
    const at = new Date('2026-11-25T02:00:00Z');
    const publish = async (title: string, body: string) =>
      (
        await db.query<{ id: number }>(
          `INSERT INTO items (organ_id, kind, status, title, formed_on, genre, body_text, index_number,
             drafted_by_name, published_at, published_version, created_at, updated_at)
           VALUES ($1, 'notice', 'published', $2, '2026-11-20', '通知', $3, $4, '李起草', $5, 1, $5, $5)
           RETURNING id::int AS id`,
          [tree.education, title, body, `JY/2026-0000${title.length}`, at],
        )
      )[0]!.id;
    await publish('关于寒假安排的通知', '寒假自1月20日开始。');
    flagged = await publish('<script>alert(1)</script>补助公示', `申请人张三，身份证号${ID}，补助500元。`);
    const app = testApp(db, movableClock('2026-12-01T02:00:00Z'), { log: (line) => logs.push(line) });
    await insertTestAccount(db, 'rv.handler', [{ organId: tree.education, role: 'handler' }]);
    await insertTestAccount(db, 'rv.outsider', [{ organId: tree.finance, role: 'handler' }]);
    handler = new TestClient(app);
    outsider = new TestClient(app);
    await handler.logIn('rv.handler');
    await outsider.logIn('rv.outsider');
  });
  afterAll(() => db.close());

  it('says the items were never re-checked, then re-checks them and lists the one that fails', async () => {
    expect(await (await handler.get(path())).text()).toContain('尚未复查');
    const res = await handler.post(path(), {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${path()}&done=2`);
    const html = await (await handler.get(res.headers.get('location')!)).text();
    expect(html).toContain('已重新检查 2 条已发布信息');
    expect(html).toContain('共检查 2 条，其中 1 条有错误或提示');
    expect(html).toContain('正文第 11–28 字：含身份证号码');
    expect(html).toContain(`href="/staff/items/${flagged}/revise"`);
    expect(html).toContain(`href="/staff/items/${flagged}#checks"`);
    expect(html).not.toContain('关于寒假安排的通知');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain(ID);
    expect(logs.join('\n')).not.toContain(ID);
    expect(await rows()).toBe(2);
  });

  it('refuses someone of another organ and bad organ numbers, writing nothing', async () => {
    const before = await db.query('SELECT item_id, checked_at FROM item_rechecks ORDER BY item_id');
    // the page shows only the person's own organs: the other organ's findings never appear
    const page = await (await outsider.get(path())).text();
    expect(page).not.toContain('补助公示');
    expect((await outsider.post(path(), {}, { csrfFrom: '/staff/items/review' })).status).toBe(403);
    for (const organ of ['abc', '999999', '', '1;DROP TABLE items']) {
      const res = await handler.post(
        `/staff/items/review?organ=${encodeURIComponent(organ)}`,
        {},
        { csrfFrom: path() },
      );
      expect(res.status).toBe(404);
    }
    expect(await db.query('SELECT item_id, checked_at FROM item_rechecks ORDER BY item_id')).toEqual(before);
  });
});
