/**
 * The queue's text search (decision 036): case number (also written with other brackets), words of
 * the 申请内容 and the applicant's name, through the bigram index written with the case (登记 and
 * 台账导入), only in the organs the person may see; hostile input answers 200 with results or a
 * Chinese message, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import {
  csrfOf,
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';
import { toCsv } from '../../app/organs/csv.ts';
import { backfillCaseSearch } from '../../app/cases/case-search-index.ts';

const APPLICANT = {
  kind: 'naturalPerson',
  idType: 'residentIdCard',
  idNumber: '11010519491231002X',
  phone: '13800138000',
  email: '',
  address: '山东省淄博市博山区某路1号',
  postcode: '255200',
  provisionForm: 'paper',
  obtainWay: 'post',
};
const LEDGER_HEADER = [
  '案件编号',
  '受理日期',
  '申请方式',
  '申请人类型',
  '申请人',
  '申请内容',
  '办理结果',
  '答复日期',
];

/** The case numbers listed on a queue page. */
const listed = (html: string): string[] =>
  [...html.matchAll(/<a href="\/staff\/cases\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]!);

for (const backend of await backends()) {
  describe(`the staff case search (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let handler: TestClient;
    let outsider: TestClient;
    const numbers: Record<string, string> = {};
    const clock = movableClock('2024-09-27T02:00:00Z');
    const search = async (client: TestClient, q: string, queue = 'all') => {
      const res = await client.get(`/staff/cases?queue=${queue}&q=${encodeURIComponent(q)}`);
      return { status: res.status, html: await res.text() };
    };
    const register = async (client: TestClient, organId: number, name: string, items: string) => {
      const res = await client.post('/staff/cases/new', {
        organId: String(organId),
        channel: 'counter',
        receivedOn: '2024-09-27',
        ...APPLICANT,
        name,
        items,
      });
      expect(res.status).toBe(201);
      const row = await t.db.query<{ case_number: string }>(
        'SELECT case_number FROM cases ORDER BY id DESC LIMIT 1',
      );
      return row[0]!.case_number;
    };

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      await insertTestAccount(t.db, 'handler', [{ organId: tree.education, role: 'handler' }]);
      await insertTestAccount(t.db, 'outsider', [{ organId: tree.finance, role: 'handler' }]);
      const app = testApp(t.db, clock);
      handler = new TestClient(app);
      outsider = new TestClient(app);
      await handler.logIn('handler');
      await outsider.logIn('outsider');
      numbers.road = await register(handler, tree.education, '欧阳娜娜', '2024年某道路改造工程招标文件');
      numbers.housing = await register(handler, tree.education, '李四', '公租房分配名单%_\\');
      numbers.finance = await register(outsider, tree.finance, '欧阳娜娜', '2024年某道路改造工程决算');
    });
    afterAll(async () => t.dispose());

    it('finds a case by words of its 申请内容, by the applicant name and by its number, in the organ only', async () => {
      expect(listed((await search(handler, '道路改造')).html)).toEqual([numbers.road]);
      expect(listed((await search(handler, '改造工程招标')).html)).toEqual([numbers.road]);
      // the name is searched but the list still shows it masked
      const byName = await search(handler, '欧阳娜娜');
      expect(listed(byName.html)).toEqual([numbers.road]);
      expect(byName.html).toContain('<td>欧阳**</td>');
      expect(byName.html).not.toMatch(/<td>欧阳娜娜/);
      expect(listed((await search(handler, numbers.housing!)).html)).toEqual([numbers.housing]);
      // the finance bureau's case matches the words but is not the handler's to see
      expect(listed((await search(outsider, '道路改造')).html)).toEqual([numbers.finance]);
      // no phrase runs from the name into the summary
      expect(listed((await search(handler, '娜娜2024')).html)).toEqual([]);
      // open queue: the filters still apply with the text
      expect(listed((await search(handler, '公租房', 'open')).html)).toEqual([numbers.housing]);
      expect(listed((await search(handler, '公租房', 'closed')).html)).toEqual([]);
    });

    it('reads a case number written with other brackets, full-width digits or spaces the same', async () => {
      const variant = numbers
        .road!.replace(/〔/g, '[')
        .replace(/〕/g, ']')
        .replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      expect(variant).not.toBe(numbers.road);
      expect(listed((await search(handler, variant)).html)).toEqual([numbers.road]);
      expect(listed((await search(handler, ` ${numbers.road!.split('').join(' ')} `)).html)).toEqual([
        numbers.road,
      ]);
    });

    it('answers hostile or odd text with results or a Chinese message, never a 500', async () => {
      const one = await search(handler, '路');
      expect(one.status).toBe(200);
      expect(listed(one.html)).toEqual([numbers.road]);
      const long = await search(handler, '公'.repeat(10_000));
      expect(long.status).toBe(200);
      expect(long.html).toContain('检索词过长');
      expect(listed(long.html)).toEqual([]);
      const units = await search(handler, '公'.repeat(101));
      expect(units.html).toContain('检索词过长（101个字）');
      for (const q of ['。，！？', '& | ! : *', "'", '()', '<->', ':*', '\\\\']) {
        const res = await search(handler, q);
        expect(res.status, q).toBe(200);
        expect(listed(res.html), q).toEqual([]);
      }
      // LIKE wildcards are text: only the case whose summary holds them
      expect(listed((await search(handler, '%_\\')).html)).toEqual([numbers.housing]);
      expect(listed((await search(handler, '%')).html)).toEqual([numbers.housing]);
      for (const q of ['\u200b\u200b', '\ud800']) {
        const res = await handler.get(
          `/staff/cases?queue=all&q=${q === '\ud800' ? '%ED%A0%80' : encodeURIComponent(q)}`,
        );
        expect(res.status).toBe(200);
      }
      const invisible = await search(handler, '\u200b\u200b');
      expect(invisible.html).toContain('检索词中没有可查找的文字');
    });

    it('indexes ledger imports in the same transaction, and backfills cases from before the index', async () => {
      const form = new FormData();
      form.append('_csrf', csrfOf(await (await handler.get('/staff/cases/ledger')).text()));
      form.append('organId', String(tree.education));
      const csv = toCsv([
        LEDGER_HEADER,
        [
          'TZ-2024-7',
          '2024-03-05',
          '网上',
          '自然人',
          '王五',
          '2023年区级财政决算公开情况',
          '予以公开',
          '2024-03-20',
        ],
      ]);
      form.append('file', new File([new TextEncoder().encode(csv)], '台账.csv'));
      const uploaded = await handler.request('/staff/cases/ledger', { method: 'POST', body: form });
      expect(uploaded.status).toBe(303);
      const preview = uploaded.headers.get('location')!;
      expect((await handler.post(preview, {}, { csrfFrom: preview })).status).toBe(303);
      expect(listed((await search(handler, '区级财政决算')).html)).toEqual(['TZ-2024-7']);
      expect(listed((await search(handler, '王五')).html)).toEqual(['TZ-2024-7']);
      expect(listed((await search(handler, 'tz-2024')).html)).toEqual(['TZ-2024-7']);

      // a case from before the index: found only by its exact number until the backfill runs
      await t.db.query(
        'DELETE FROM case_search WHERE case_id = (SELECT id FROM cases WHERE case_number = $1)',
        [numbers.road],
      );
      expect(listed((await search(handler, '道路改造')).html)).toEqual([]);
      expect(listed((await search(handler, numbers.road!)).html)).toEqual([numbers.road]);
      expect(await backfillCaseSearch(t.db, () => {}, 2)).toBe(1);
      expect(await backfillCaseSearch(t.db)).toBe(0);
      expect(listed((await search(handler, '道路改造')).html)).toEqual([numbers.road]);
    });
  });
}
