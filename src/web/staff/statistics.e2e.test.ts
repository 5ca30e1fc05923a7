/**
 * 统计: the year it opens on (the injected clock), and the downloads — DOCX in the annual report's
 * layout (tables 三/四 only) and XLSX with the same merged cells, read back.
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
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

describe('the statistics page and its downloads', () => {
  let db: Db;
  let tree: TestTree;
  const clock = movableClock('2026-12-06T02:00:00Z');
  let handler: TestClient;

  beforeAll(async () => {
    db = await openTestPglite();
    tree = await insertTestTree(db);
    await insertTestAccount(db, 'handler', [{ organId: tree.education, role: 'handler' }]);
    handler = new TestClient(testApp(db, clock));
    await handler.logIn('handler');
    const res = await handler.post('/staff/cases/new', {
      organId: String(tree.education),
      channel: 'counter',
      receivedOn: '2026-10-09',
      kind: 'naturalPerson',
      name: '张三',
      idType: 'residentIdCard',
      idNumber: '11010519491231002X',
      phone: '13800138000',
      email: '',
      address: '山东省淄博市博山区某路1号',
      postcode: '255200',
      items: '2026年某学校校舍维修工程的招标文件',
      provisionForm: 'paper',
      obtainWay: 'post',
    });
    expect(res.status).toBe(201);
  });
  afterAll(() => db.close());

  it('opens on this year in December (was: last year), and on last year in January', async () => {
    const december = await handler.get('/staff/statistics');
    expect(december.status).toBe(200);
    const html = await december.text();
    expect(html).toMatch(/id="stat-year"[^>]*value="2026"/);
    expect(html).toContain('下载 Word（年度报告版式）');
    expect(html).toContain('下载 Excel');
    const on = async (iso: string) => {
      clock.set(iso);
      const client = new TestClient(testApp(db, clock));
      await client.logIn('handler');
      return (await client.get('/staff/statistics')).text();
    };
    expect(await on('2027-01-10T02:00:00Z')).toMatch(/id="stat-year"[^>]*value="2026"/);
    expect(await on('2027-02-01T02:00:00Z')).toMatch(/id="stat-year"[^>]*value="2027"/);
    clock.set('2026-12-06T02:00:00Z');
    handler = new TestClient(testApp(db, clock));
    await handler.logIn('handler');
  });

  it('downloads tables 三 and 四 as Word in the annual report layout', async () => {
    const res = await handler.get(`/staff/statistics.docx?organ=${tree.education}&year=2026`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('2026年依申请公开情况统计'));
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) });
    expect(text).toMatch(/2026年依申请公开情况统计/);
    expect(text).toContain('三、收到和处理政府信息公开申请情况');
    expect(text).toContain('四、政府信息公开行政复议、行政诉讼情况');
    expect(text).not.toContain('二、主动公开政府信息情况'); // only the parts counted from cases
    expect(text).toContain('（二）部分公开');
  });

  it('downloads the same tables as Excel, merged cells and numbers as numbers', async () => {
    const res = await handler.get(`/staff/statistics.xlsx?organ=${tree.education}&year=2026`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['表三', '表四']);
    const sheet = workbook.getWorksheet('表三')!;
    expect(sheet.getCell('A1').text).toMatch(/2026年依申请公开情况统计/);
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const received = rows.find((r) => r.some((v) => v === '一、本年新收政府信息公开申请数量'));
    expect(received?.filter((v) => typeof v === 'number')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(Object.keys((sheet as unknown as { _merges: object })._merges).length).toBeGreaterThan(5);
    expect(workbook.getWorksheet('表四')!.columnCount).toBe(15);
  });

  it('refuses a person with no organ to count, in Chinese', async () => {
    await insertTestAccount(db, 'nobody', []);
    const client = new TestClient(testApp(db, clock));
    await client.logIn('nobody');
    const res = await client.get('/staff/statistics.xlsx');
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).toMatch(/[\u4e00-\u9fff]/);
  });
  it('年度报告报送情况: each organ’s deadline and standing; bad or foreign query values fall back', async () => {
    const at = new Date('2026-02-03T02:00:00Z');
    await db.query(
      `INSERT INTO annual_reports (organ_id, year, data, published_on, created_at) VALUES ($1, 2025, '{}'::jsonb, '2026-02-03', $2)`,
      [tree.education, at],
    );
    const page = await handler.get('/staff/statistics/reports');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/id="rs-year"[^>]*value="2025"/);
    expect(html).toContain('甲区教育局');
    expect(html).toContain('2026年1月31日');
    expect(html).toContain('《政府信息公开条例》第四十九条第一款');
    expect(html).toContain('已发布（逾期 3 天）');
    expect(html).toContain('href="/o/jia-jyj/gk/reports/2025"');
    expect(html).not.toContain('style=');
    for (const query of [
      'year=abc',
      'year=2026',
      'year=1999',
      `organ=${tree.otherDistrict}`,
      'organ=%27%3B--',
    ]) {
      const other = await handler.get(`/staff/statistics/reports?${query}`);
      expect(other.status, query).toBe(200);
      const text = await other.text();
      expect(text, query).toMatch(/id="rs-year"[^>]*value="2025"/);
      expect(text, query).not.toContain('乙区人民政府</th>');
    }
  });
});
