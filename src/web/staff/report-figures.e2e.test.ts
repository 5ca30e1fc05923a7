import { unzipSync } from 'fflate';
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
import { toCsv } from '../../app/organs/csv.ts';
import type { Db } from '../../db/db.ts';
import { upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { blankReport2021 } from '../../domain/report/check/fixtures.test-support.ts';
import { buildMinimalPdf } from '../../io/testing/minimal-pdf.ts';

const HEADER = [
  '机关名称',
  '年度',
  '行政许可决定数',
  '行政处罚决定数',
  '行政强制决定数',
  '收费金额（万元）',
  '数据来源系统',
  '备注',
];
const csvBytes = (rows: readonly string[][], header = HEADER) =>
  new TextEncoder().encode(toCsv([header, ...rows]));

describe('表二数据填报, 导入, 报送时限 and the supervisor’s downloads over HTTP (hostile input)', () => {
  let db: Db;
  let tree: TestTree;
  let handler: TestClient;
  let supervisor: TestClient;
  let rootAdmin: TestClient;
  let districtAdmin: TestClient;
  const figures = () =>
    db.query<{ organ: number; year: number; licensing: number | null; fees: string | null }>(
      `SELECT organ_id AS organ, year, licensing_decisions AS licensing, fees_wan_yuan::text AS fees
       FROM report_entered_figures ORDER BY organ_id, year`,
    );
  const auditCount = async () =>
    (
      await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'report.%'`,
      )
    )[0]!.n;
  const upload = async (client: TestClient, bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.append('_csrf', csrfOf(await (await client.get('/staff/statistics/figures/import')).text()));
    form.append('sheet', new File([bytes as Uint8Array<ArrayBuffer>], name));
    return client.request('/staff/statistics/figures/import', { method: 'POST', body: form });
  };
  const formPath = () => `/staff/statistics/figures?organ=${tree.education}&year=2025`;
  const post = (client: TestClient, fields: Record<string, string>) =>
    client.post(
      '/staff/statistics/figures',
      { organ: String(tree.education), year: '2025', version: '0', ...fields },
      {
        csrfFrom: formPath(),
      },
    );

  beforeAll(async () => {
    db = await openTestDb();
    tree = await insertTestTree(db);
    const app = testApp(db, movableClock('2026-02-10T02:00:00Z'));
    await insertTestAccount(db, 'rf.handler', [{ organId: tree.education, role: 'handler' }]);
    await insertTestAccount(db, 'rf.supervisor', [{ organId: tree.district, role: 'supervisor' }]);
    await insertTestAccount(db, 'rf.root', [{ organId: tree.city, role: 'admin' }]);
    await insertTestAccount(db, 'rf.district', [{ organId: tree.district, role: 'admin' }]);
    [handler, supervisor, rootAdmin, districtAdmin] = [0, 1, 2, 3].map(() => new TestClient(app)) as [
      TestClient,
      TestClient,
      TestClient,
      TestClient,
    ];
    await handler.logIn('rf.handler');
    await supervisor.logIn('rf.supervisor');
    await rootAdmin.logIn('rf.root');
    await districtAdmin.logIn('rf.district');
  });
  afterAll(() => db.close());

  it('saves the form of the organ’s own staff and shows who entered it', async () => {
    const page = await (await handler.get(formPath())).text();
    expect(page).toContain('表二数据填报');
    expect(page).toContain('尚未填报');
    const res = await post(handler, {
      licensing: '12',
      penalties: '0',
      coercion: '',
      feesWanYuan: '0.5',
      sourceSystem: '省一体化政务服务平台',
      note: '<script>alert(1)</script>',
    });
    expect(res.status).toBe(303);
    const after = await (await handler.get(formPath())).text();
    expect(after).toContain('测试rf.handler');
    expect(after).not.toContain('<script>alert(1)</script>');
    expect(await figures()).toEqual([{ organ: tree.education, year: 2025, licensing: 12, fees: '0.5000' }]);
  });

  it.each([
    ['a negative count', { licensing: '-5' }, '不能为负数'],
    ['a decimal count', { licensing: '1.5' }, '不能有小数'],
    ['a 20-digit count', { penalties: '12345678901234567890' }, '数值过大'],
    ['收费 0.123456', { feesWanYuan: '0.123456' }, '最多保留 4 位小数'],
    ['text for a count', { coercion: '三' }, '不是数字'],
    ['a figure without its source', { licensing: '3', sourceSystem: '' }, '请填写数据来源系统'],
    ['a 600-character note', { note: '长'.repeat(600) }, '不能超过 500 个字'],
  ])('refuses %s with a Chinese message, writing nothing', async (_label, fields, message) => {
    const [before, audits] = [await figures(), await auditCount()];
    const res = await post(handler, { version: '1', sourceSystem: '来源', ...fields });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(message);
    expect(await figures()).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('refuses a stale form (409), an organ of someone else (403), a malformed year, and supervisors', async () => {
    const stale = await post(handler, { version: '0', licensing: '1', sourceSystem: 'x' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('已被他人修改');
    const other = await handler.post(
      '/staff/statistics/figures',
      { organ: String(tree.finance), year: '2025', version: '0', licensing: '1', sourceSystem: 'x' },
      { csrfFrom: formPath() },
    );
    expect(other.status).toBe(403);
    const junk = await post(handler, { organ: '1e3', year: '２０２５', version: 'x', licensing: '1' });
    expect([404, 422]).toContain(junk.status);
    expect((await supervisor.get('/staff/statistics/figures')).status).toBe(403);
    expect(await figures()).toHaveLength(1);
  });

  it('imports a CSV after a preview; a wrong, empty, formula-laden or huge file is refused in Chinese', async () => {
    const before = await figures();
    const wrong = await upload(
      districtAdmin,
      csvBytes([['甲区财政局', '2025', '1']], ['单位', '年份', '金额']),
      'x.csv',
    );
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('缺少必需的列');
    const empty = await upload(districtAdmin, new Uint8Array(0), 'empty.csv');
    expect(empty.status).toBe(422);
    const huge = await upload(districtAdmin, new Uint8Array(3 * 1024 * 1024).fill(0x41), 'huge.xlsx');
    expect([413, 422]).toContain(huge.status);
    expect(await huge.text()).toMatch(/超过|上限/);
    const fakeXlsx = await upload(
      districtAdmin,
      new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5]),
      'fake.xlsx',
    );
    expect(fakeXlsx.status).toBe(422);
    expect(await figures()).toEqual(before);

    const bad = await upload(
      districtAdmin,
      csvBytes([
        ['甲区财政局', '2025', '-1', '1.5', '', '0.123456', '财政系统', ''],
        ["=cmd|' /C calc'!A0", '2025', '1', '', '', '', '来源', ''],
      ]),
      'bad.csv',
    );
    expect(bad.status).toBe(303);
    const preview = await districtAdmin.get(bad.headers.get('location')!);
    const html = await preview.text();
    expect(html).toContain('整个文件都不会导入');
    expect(html).toContain('行政许可本年处理决定数量不能为负数');
    expect(html).not.toContain('确认导入</button>');
    const issues = await (await districtAdmin.get(`${bad.headers.get('location')!}/issues.csv`)).text();
    expect(issues).toContain('不能为负数');
    const refused = await districtAdmin.post(bad.headers.get('location')!, {});
    expect(refused.status).toBe(422);
    expect(await figures()).toEqual(before);

    const good = await upload(
      districtAdmin,
      csvBytes([
        ['甲区财政局', '2025', '7', '2', '0', '12.3456', '财政一体化系统', ''],
        ['甲区教育局', '2024', '3', '', '', '', '省一体化政务服务平台', ''],
      ]),
      'good.csv',
    );
    const location = good.headers.get('location')!;
    expect(await (await districtAdmin.get(location)).text()).toContain('将写入 2 行');
    expect((await handler.get(location)).status).toBe(404);
    expect((await districtAdmin.post(location, {})).status).toBe(303);
    expect(await (await districtAdmin.get(location)).text()).toContain('已写入 2 行');
    expect((await figures()).map((f) => [f.organ, f.year, f.licensing])).toEqual([
      [tree.education, 2024, 3],
      [tree.education, 2025, 12],
      [tree.finance, 2025, 7],
    ]);
  });

  it('reads a real .xlsx (numbers as numbers, a formula’s cached value) and refuses one with wrong columns', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = async (header: string[], rows: unknown[][]) => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('表二');
      sheet.addRow(['某区2025年度表二数据']);
      sheet.addRow(header);
      for (const row of rows) {
        sheet.addRow(row);
      }
      return new Uint8Array(await book.xlsx.writeBuffer());
    };
    const good = await workbook(HEADER, [
      [
        '甲区财政局',
        2024,
        4,
        { formula: '1+1', result: 2 },
        0,
        0.25,
        '财政一体化系统',
        '=HYPERLINK("http://x")',
      ],
    ]);
    const res = await upload(districtAdmin, good, '表二.xlsx');
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(await (await districtAdmin.get(location)).text()).toContain('将写入 1 行');
    expect((await districtAdmin.post(location, {})).status).toBe(303);
    const [row] = await db.query<{ penalties: number; fees: string; note: string }>(
      `SELECT penalty_decisions AS penalties, fees_wan_yuan::text AS fees, note FROM report_entered_figures
       WHERE organ_id = $1 AND year = 2024`,
      [tree.finance],
    );
    expect(row).toEqual({ penalties: 2, fees: '0.2500', note: '=HYPERLINK("http://x")' });
    const wrong = await upload(
      districtAdmin,
      await workbook(['单位', '年份', '许可'], [['甲区财政局', 2024, 1]]),
      'w.xlsx',
    );
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('缺少必需的列');
  });

  it('refuses an import of more rows than allowed', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => [
      '甲区财政局',
      String(2019 + (i % 7)),
      String(i),
      '',
      '',
      '',
      'x',
      '',
    ]);
    const res = await upload(districtAdmin, csvBytes(rows), 'many.csv');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('5000');
  });

  it('stores the township deadline for the root organ’s administrator only', async () => {
    expect((await districtAdmin.get('/staff/site/report-deadlines')).status).toBe(403);
    const late = await rootAdmin.post('/staff/site/report-deadlines', {
      township: '4月1日',
      department: '02-15',
    });
    expect(late.status).toBe(422);
    const text = await late.text();
    expect(text).toContain('1月1日至3月31日');
    expect(text).toContain('不能晚于');
    const junk = await rootAdmin.post('/staff/site/report-deadlines', { township: '<b>x</b>'.repeat(100) });
    expect(junk.status).toBe(422);
    expect(await junk.text()).not.toContain('<b>x</b>');
    expect((await rootAdmin.post('/staff/site/report-deadlines', { township: '2月20日' })).status).toBe(303);
    expect(await (await rootAdmin.get('/staff/site/report-deadlines')).text()).toContain('value="02-20"');
  });

  it('lists the reports with their progress and downloads the published ones as ZIP and CSV (formulas guarded)', async () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const finance = { ...blankReport2021(2025), organ: "=cmd|' /C calc'!A0" };
    await upsertAnnualReport(db, {
      organId: tree.finance,
      year: 2025,
      report: finance,
      publishedOn: '2026-02-05',
      now: at,
    });
    const [item] = await db.query<{ id: number }>(
      `INSERT INTO items (organ_id, kind, status, title, written_on, formed_on, genre, published_at, drafted_by_name,
         created_at, updated_at)
       VALUES ($1, 'annualReport', 'published', '甲区教育局2025年度报告', '2025-12-20', '2025-12-20', '报告', $2, '测试', $2, $2)
       RETURNING id::int AS id`,
      [tree.education, at],
    );
    const pdf = buildMinimalPdf([{ runs: [{ text: 'report', x: 72, y: 720 }] }]);
    await db.query(
      `INSERT INTO item_files (item_id, position, name, media_type, size, bytes, created_at)
       VALUES ($1, 1, '../../甲区教育局2025年度报告.pdf', 'application/pdf', $2, $3, $4)`,
      [item!.id, pdf.length, pdf, at],
    );
    await upsertAnnualReport(db, {
      organId: tree.education,
      year: 2025,
      report: { ...blankReport2021(2025), organ: '甲区教育局' },
      publishedOn: '2026-01-20',
      now: at,
    });
    await db.query('UPDATE annual_reports SET item_id = $1 WHERE organ_id = $2', [item!.id, tree.education]);

    const query = `organ=${tree.district}&year=2025`;
    const page = await (await supervisor.get(`/staff/statistics/reports?${query}`)).text();
    expect(page).toContain('已发布（按时）');
    expect(page).toContain('已发布（逾期 5 天）');
    expect(page).toContain('未开始（距时限 49 天）');

    const zip = await supervisor.get(`/staff/statistics/reports/bundle.zip?${query}`);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const names = Object.keys(entries).sort();
    expect(names).toContain('甲区教育局/甲区教育局2025年度报告.pdf');
    expect(names).toContain('甲区财政局/2025年度政府信息公开工作年度报告.docx');
    expect(names.every((n) => !n.includes('..'))).toBe(true);
    expect(Buffer.from(entries['甲区教育局/甲区教育局2025年度报告.pdf']!).equals(pdf)).toBe(true);
    const progress = new TextDecoder().decode(entries['报送情况.csv']);
    expect(progress).toContain('已发布');

    const csv = await (await supervisor.get(`/staff/statistics/reports/bundle.csv?${query}`)).text();
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(3);
    expect(csv).toContain(`'=cmd|' /C calc'!A0`);
    expect(csv).not.toMatch(/(^|,)=cmd/m);
    const own = await (
      await handler.get(`/staff/statistics/reports/bundle.csv?organ=${tree.finance}&year=2025`)
    ).text();
    expect(own).toContain('甲区教育局');
    expect(own).not.toContain('calc');
  });
});
