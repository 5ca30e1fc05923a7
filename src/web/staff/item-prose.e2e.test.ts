/**
 * The text of a drafted annual report through the pages (decision 039): the item page's 年度报告正文
 * section, the six-part form with hostile input (markup, direction characters, huge text, a missing
 * part, an old version) refused in Chinese with nothing written, a good save, the stale sentences
 * after a new case, and 「按最新记录重新起草」 refused until the replacement is confirmed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { openPglite } from '../../db/pglite.ts';
import type { Db } from '../../db/db.ts';
import { MAX_PART_CHARS } from '../../domain/annual-report/prose-edits.ts';
import {
  csrfOf,
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';

/** The textareas' values as the page shows them. */
function partsOf(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<textarea[^>]*name="(part-[a-zA-Z]+)"[^>]*>([^]*?)<\/textarea>/g)) {
    out[m[1]!] = m[2]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  }
  return out;
}

describe('editing a drafted report’s text in the back office', () => {
  let db: Db;
  let tree: TestTree;
  let handler: TestClient;
  let reviewer: TestClient;
  let id = 0;
  const stored = async () =>
    (
      await db.query<{ data: unknown; prose: unknown; v: number }>(
        'SELECT r.data, r.prose, i.version AS v FROM item_reports r JOIN items i ON i.id = r.item_id WHERE r.item_id = $1',
        [id],
      )
    )[0]!;
  const proseForm = async () => {
    const html = await (await handler.get(`/staff/items/${id}/prose`)).text();
    return { ...partsOf(html), version: /name="version" value="(\d+)"/.exec(html)![1]! };
  };

  beforeAll(async () => {
    db = await openPglite(null);
    await migrate(db);
    tree = await insertTestTree(db);
    const app = testApp(db, movableClock('2026-01-10T02:00:00Z'));
    await insertTestAccount(db, 'gk.handler', [{ organId: tree.education, role: 'handler' }]);
    await insertTestAccount(db, 'gk.reviewer', [{ organId: tree.education, role: 'reviewer' }]);
    handler = new TestClient(app);
    reviewer = new TestClient(app);
    expect((await handler.logIn('gk.handler')).status).toBe(303);
    expect((await reviewer.logIn('gk.reviewer')).status).toBe(303);
    const newPath = `/staff/items/new?organ=${tree.education}`;
    const form = new FormData();
    form.append('_csrf', csrfOf(await (await handler.get(newPath)).text()));
    const fields = {
      kind: 'annualReport',
      genre: '报告',
      title: '甲区教育局2025年政府信息公开工作年度报告',
      body: '全文见附件。',
      writtenOn: '2026-01-05',
      reportYear: '2025',
      reportSource: 'records',
    };
    for (const [key, value] of Object.entries(fields)) {
      form.append(key, value);
    }
    form.append('reportFile', new File([], ''));
    const made = await handler.request(newPath, { method: 'POST', body: form });
    expect(made.status).toBe(303);
    id = Number(/\/staff\/items\/(\d+)/.exec(made.headers.get('location') ?? '')![1]);
  });
  afterAll(() => db.close());

  it('shows the section on the item page and a form of six plain parts', async () => {
    const page = await (await handler.get(`/staff/items/${id}`)).text();
    expect(page).toContain('年度报告正文');
    expect(page).toContain('起草文字中的数字与平台最新记录一致。');
    expect(page).toContain(`href="/staff/items/${id}/prose"`);
    const form = await (await handler.get(`/staff/items/${id}/prose`)).text();
    expect(Object.keys(partsOf(form))).toHaveLength(6);
    expect(form).toContain('表二数据填报');
    expect(form).toContain('表格中的数字不能在此修改');
    // a reviewer may read the item but not edit its text
    expect((await reviewer.get(`/staff/items/${id}/prose`)).status).toBe(409);
  });

  it.each([
    ['markup', { 'part-overview': '<script>alert(1)</script>总体情况' }, 422, '不能包含网页标记'],
    ['a direction override', { 'part-proactive': '主动公开\u202E情况' }, 422, '文字方向控制字符'],
    [
      'huge text',
      { 'part-problems': '问'.repeat(MAX_PART_CHARS + 1) },
      422,
      `不能超过 ${MAX_PART_CHARS} 个字`,
    ],
    ['a missing part', { 'part-other': null }, 422, '缺少“六、其他需要报告的事项”'],
    ['an old version', { version: '0' }, 409, '已被他人修改'],
  ] as const)(
    'refuses %s with a Chinese message and writes nothing',
    async (_name, change, status, message) => {
      const before = await stored();
      const fields: Record<string, string> = await proseForm();
      for (const [key, value] of Object.entries(change)) {
        if (value === null) {
          delete fields[key];
        } else {
          fields[key] = value;
        }
      }
      const res = await handler.post(`/staff/items/${id}/prose`, fields);
      expect(res.status).toBe(status);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).not.toContain('<script>alert(1)');
      expect(await stored()).toEqual(before);
    },
  );

  it('saves good text, shows stale sentences after a new case, and re-drafts only when confirmed', async () => {
    const fields = await proseForm();
    const saved = await handler.post(`/staff/items/${id}/prose`, {
      ...fields,
      'part-problems': '一是政策解读形式较为单一。\n二是部分栏目更新不够及时。',
    });
    expect(saved.status).toBe(303);
    expect((await stored()).prose).toMatchObject({ edited: { problems: expect.stringContaining('一是') } });
    await db.query(
      `INSERT INTO cases (organ_id, case_number, query_code_hash, status, channel, received_on, period_version, applicant_kind,
         applicant, applicant_key, applicant_name_masked, items, summary, source, decision, closed_on, created_at, updated_at)
       VALUES ($1, 'N1', 'h1', 'closed', 'online', '2025-03-02', 'ordinance-2019', 'naturalPerson', '{}'::jsonb, 'k', '*',
         '[]'::jsonb, 's', 'import', 'granted', '2025-03-20', now(), now())`,
      [tree.education],
    );
    const page = await (await handler.get(`/staff/items/${id}?done=prose`)).text();
    expect(page).toContain('年度报告正文已保存');
    expect(page).toContain('第五部分的文字已人工修改');
    expect(page).toContain('与最新记录不一致');
    expect(page).toContain('表三 本年新收政府信息公开申请数量（总计）：0 → 1');
    const version = /name="version" value="(\d+)"/.exec(page)![1]!;
    const refused = await handler.post(
      `/staff/items/${id}/redraft`,
      { version },
      { csrfFrom: `/staff/items/${id}` },
    );
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('第五部分的文字已人工修改，重新起草将以新起草的文字替换这些修改');
    const redrafted = await handler.post(
      `/staff/items/${id}/redraft`,
      { version, replaceEdited: 'yes' },
      { csrfFrom: `/staff/items/${id}` },
    );
    expect(redrafted.status).toBe(303);
    const after = await (await handler.get(`/staff/items/${id}`)).text();
    expect(after).toContain('各部分均为平台按记录起草的文字。');
    expect(after).toContain('起草文字中的数字与平台最新记录一致。');
  });
});
