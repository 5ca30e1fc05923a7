/**
 * The district roll-up through the pages (decision 038): the editor offers 「由下级机关汇总」 with the
 * subtree's organs grouped and checked; forged, outside, empty and malformed choices get one Chinese
 * message and write nothing; 签发 is refused until the reason for the unpublished organs is written,
 * and the item page shows the included organs, their status and the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.ts';
import { upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { blankReport2021 } from '../../domain/report/check/fixtures.test-support.ts';
import {
  csrfOf,
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';
import { openTestPglite } from '../../../test/db.ts';

describe('the district roll-up in the back office', () => {
  let db: Db;
  let tree: TestTree;
  let street = 0;
  const clients: Record<'handler' | 'reviewer' | 'approver', TestClient> = {} as never;
  const count = async (table: string) =>
    Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
  const version = async (id: number) =>
    String((await db.query<{ v: number }>('SELECT version AS v FROM items WHERE id = $1', [id]))[0]!.v);
  const newPath = () => `/staff/items/new?organ=${tree.district}`;
  const all = () => [tree.district, tree.education, tree.finance, street].map(String);

  const postRollup = async (organs: readonly string[], fields: Record<string, string> = {}) => {
    const form = new FormData();
    form.append('_csrf', csrfOf(await (await clients.handler.get(newPath())).text()));
    const values = {
      kind: 'annualReport',
      genre: '报告',
      title: '甲区人民政府2025年政府信息公开工作年度报告',
      body: '全文见附件。',
      reportYear: '2025',
      reportSource: 'rollup',
      ...fields,
    };
    for (const [key, value] of Object.entries(values)) {
      form.append(key, value);
    }
    for (const id of organs) {
      form.append('rollupOrgans', id);
    }
    form.append('reportFile', new File([], ''));
    return clients.handler.request(newPath(), { method: 'POST', body: form });
  };

  beforeAll(async () => {
    db = await openTestPglite();
    tree = await insertTestTree(db);
    street = (
      await db.query<{ id: number }>(
        `INSERT INTO organs (parent_id, name, short_name, slug, type, level, created_at, updated_at)
         VALUES ($1, '甲区城关街道办事处', '城关街道', 'jia-cg', 'township', 'township', now(), now()) RETURNING id`,
        [tree.district],
      )
    )[0]!.id;
    const imported = blankReport2021(2025);
    await upsertAnnualReport(db, {
      organId: tree.finance,
      year: 2025,
      report: imported,
      publishedOn: '2026-01-20',
      now: new Date('2026-01-20T02:00:00Z'),
    });
    const app = testApp(db, movableClock('2026-12-01T02:00:00Z'));
    for (const role of ['handler', 'reviewer', 'approver'] as const) {
      await insertTestAccount(db, `qu.${role}`, [{ organId: tree.district, role }]);
      clients[role] = new TestClient(app);
      expect((await clients[role].logIn(`qu.${role}`)).status).toBe(303);
    }
  });
  afterAll(() => db.close());

  it('offers 「由下级机关汇总」 with the subtree grouped, every organ checked, none from outside', async () => {
    const page = await (await clients.handler.get(newPath())).text();
    expect(page).toContain('由下级机关汇总');
    expect(page).toContain('本级政府办公室（1个）');
    expect(page).toContain('部门（2个）');
    expect(page).toContain('街道、乡镇（1个）');
    for (const id of all()) {
      expect(page).toMatch(new RegExp(`id="rollup-${id}" name="rollupOrgans" value="${id}" checked`));
    }
    expect(page).not.toContain('乙区人民政府');
    expect(page).not.toContain('某市人民政府');
  });

  it.each([
    ['an organ of another district', () => [String(tree.otherDistrict)], '所选单位须是本机关及其下属单位。'],
    ['the city above', () => [String(tree.city)], '所选单位须是本机关及其下属单位。'],
    ['an unknown id', () => ['987654321'], '所选单位须是本机关及其下属单位。'],
    ['markup', () => ['<script>alert(1)</script>'], '所选单位须是本机关及其下属单位。'],
    ['SQL', () => ['1 OR 1=1; DROP TABLE items;--'], '所选单位须是本机关及其下属单位。'],
    ['an empty value', () => [''], '所选单位须是本机关及其下属单位。'],
    ['a huge number', () => ['9'.repeat(400)], '所选单位须是本机关及其下属单位。'],
    [
      'too many',
      () => Array.from({ length: 2001 }, (_, i) => String(i + 1)),
      '所选单位须是本机关及其下属单位。',
    ],
    ['none chosen', () => [], '请至少选择一个纳入汇总的单位'],
  ])('refuses %s with a Chinese message and writes nothing', async (_what, organs, message) => {
    const before = [await count('items'), await count('item_files'), await count('item_reports')];
    const res = await postRollup(organs());
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toMatch(/Error:|at .*\.ts:\d+/);
    expect([await count('items'), await count('item_files'), await count('item_reports')]).toEqual(before);
  });

  it('refuses a year that has not ended', async () => {
    const res = await postRollup(all(), { reportYear: '2026' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('2026年尚未结束，年度报告只能在次年起草。');
  });

  it('keeps the choice when the form comes back with an error', async () => {
    const res = await postRollup([String(tree.district), String(street)], { title: '' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(new RegExp(`value="${street}" checked`));
    expect(html).not.toMatch(new RegExp(`value="${tree.education}" checked`));
  });

  it('refuses 签发 until the reason is written, then shows the organs, their status and the reason', async () => {
    const res = await postRollup(all());
    expect(res.status).toBe(303);
    const at = res.headers.get('location')!.replace(/\?.*$/, '');
    const id = Number(at.split('/').pop());
    const page = await (await clients.handler.get(at)).text();
    expect(page).toContain('2025年度（由下级机关汇总');
    expect(page).toContain('纳入汇总的单位（4个）');
    expect(page).toContain('1个单位的数据来自导入的年度报告（甲区财政局）');
    expect(page).toMatch(/甲区财政局<\/th>[\s\S]*?导入的年度报告（2026-01-20发布）/);
    expect(page).toMatch(/甲区城关街道办事处<\/th>[\s\S]*?逾期/);
    expect(page).toContain('纳入汇总的2个单位的2025年度报告尚未发布：甲区教育局、甲区城关街道办事处');
    const step = async (who: keyof typeof clients, action: string, extra: Record<string, string> = {}) =>
      clients[who].post(`${at}/act/${action}`, { version: await version(id), ...extra }, { csrfFrom: at });
    expect((await step('handler', 'submitForReview')).status).toBe(303);
    const checklist = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };
    expect((await step('reviewer', 'approveReview', checklist)).status).toBe(303);
    const signPage = await (await clients.approver.get(at)).text();
    expect(signPage).toMatch(/class="sign-warnings"[\s\S]*?甲区教育局、甲区城关街道办事处/);
    const refused = await step('approver', 'sign', { warningReason: '   ' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('签发前请写明为何仍然发布');
    expect(
      (await db.query<{ status: string }>('SELECT status FROM items WHERE id = $1', [id]))[0]!.status,
    ).toBe('inSigning');
    const reason = '各单位报告已报送，<b>待发布</b>';
    expect((await step('approver', 'sign', { warningReason: reason })).status).toBe(303);
    const after = await (await clients.approver.get(at)).text();
    expect(after).toContain('签发时记录的理由');
    expect(after).toContain('理由：各单位报告已报送，&lt;b&gt;待发布&lt;/b&gt;');
    expect(after).not.toContain('<b>待发布</b>');
  });
});
