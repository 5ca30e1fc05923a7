import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { Db } from '../../db/db.ts';
import { upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { REPORT_2023, REPORT_2024 } from '../../app/demo/annual-reports.ts';
import { createTestApp, insertTestOrgans, openTestDb, type TestOrganIds } from '../../../test/portal.ts';
import type { AppEnv } from '../context.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { safeBackPath } from './routes.tsx';

const meta = (html: string, name: string): string | null =>
  new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1] ?? null;

describe('public portal pages', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  let ids: TestOrganIds;
  beforeAll(async () => {
    db = await openTestDb();
    ids = await insertTestOrgans(db);
    const now = new Date('2026-01-01T00:00:00Z');
    await upsertAnnualReport(db, {
      organId: ids.root,
      year: 2024,
      report: REPORT_2024,
      publishedOn: '2025-02-17',
      now,
    });
    await upsertAnnualReport(db, {
      organId: ids.root,
      year: 2023,
      report: REPORT_2023,
      publishedOn: '2024-01-26',
      now,
    });
    app = createTestApp(db).app;
  });
  afterAll(() => db.close());

  const pages: [string, string, string, string][] = [
    ['/', '首页', '首页', '部门、乡镇街道信息公开'],
    ['/o/boshan', '首页', '首页', '政府信息公开指南'],
    ['/o/czj', '首页', '首页', '博山区财政局'],
    ['/o/boshan/gk', '政府信息公开', '信息公开目录', '法定主动公开内容'],
    ['/o/boshan/gk/guide', '政府信息公开指南', '信息公开指南', '以双方确认之日为收到申请之日'],
    ['/o/boshan/gk/rules', '政府信息公开制度', '信息公开目录', '国务院令第711号'],
    ['/o/boshan/gk/statutory', '法定主动公开内容', '信息公开目录', '重大建设项目'],
    ['/o/boshan/gk/reports', '政府信息公开年报', '信息公开年报', '2023年政府信息公开工作年度报告'],
    ['/o/boshan/gk/reports/2024', '政府信息公开年报', '信息公开年报', '三、收到和处理政府信息公开申请情况'],
    ['/o/boshan/apply', '依申请公开', '依法申请公开', '在线填写政府信息公开申请表'],
    ['/o/chengdong/apply', '依申请公开', '依法申请公开', '暂未公布'],
    ['/o/boshan/sitemap', '网站地图', '首页', '年报体检'],
  ];

  it.each(pages)(
    '%s answers 200 in Chinese with the national page tags',
    async (path, columnName, columnType, text) => {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html.startsWith('<!doctype html><html lang="zh-CN"')).toBe(true);
      expect(meta(html, 'SiteName')).toBe('淄博市博山区政府信息公开平台');
      expect(meta(html, 'SiteDomain')).toBe('');
      expect(meta(html, 'SiteIDCode')).toBe('');
      expect(meta(html, 'ColumnName')).toBe(columnName);
      expect(meta(html, 'ColumnType')).toBe(columnType);
      expect(html).toContain(text);
      expect(html).toContain('<a class="skip-link" href="#main">');
      expect(html).toContain('<main id="main"');
      expect(html).toContain('党政机关网站标识（示例）');
      // No inline style anywhere (the CSP blocks them; report column widths come from REPORT_CSS).
      expect(html).not.toMatch(/\sstyle=|<script/);
    },
  );

  it('takes SiteDomain from the site.domain setting, never from the Host header', async () => {
    const hostile = { headers: { host: 'evil.example' } };
    expect(meta(await (await app.request('/', hostile)).text(), 'SiteDomain')).toBe('');
    await db.query("INSERT INTO settings (key, value) VALUES ('site.domain', 'gk.boshan.gov.cn')");
    portalDirectoryFor(db).invalidate();
    try {
      for (const path of ['/', '/o/boshan/gk', '/o/boshan/gk/reports/2024']) {
        const html = await (await app.request(path, hostile)).text();
        expect(meta(html, 'SiteDomain')).toBe('gk.boshan.gov.cn');
        expect(html).not.toContain('evil.example');
      }
    } finally {
      await db.query("DELETE FROM settings WHERE key = 'site.domain'");
      portalDirectoryFor(db).invalidate();
    }
  });

  it('lists the four standard columns in the fixed order, then 依申请公开', async () => {
    const html = await (await app.request('/o/boshan/gk')).text();
    const order = [
      '政府信息公开指南',
      '政府信息公开制度',
      '法定主动公开内容',
      '政府信息公开年报',
      '依申请公开',
    ].map((name) => html.indexOf(`pt-column-name">${name}<`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("links a government's 政府公报 from its home page, not a department's", async () => {
    expect(await (await app.request('/o/boshan')).text()).toContain('href="/o/boshan/gk/gazette"');
    expect(await (await app.request('/o/czj')).text()).not.toContain('/gk/gazette"');
  });

  it('generates the 指南 from the organ data, naming the parent for complaints', async () => {
    const html = await (await app.request('/o/czj/gk/guide')).text();
    expect(html).toContain('博山区财政局办公室');
    expect(html).toContain('博山区中心路 12 号');
    expect(html).toContain('上一级行政机关（淄博市博山区人民政府）');
    expect(html).not.toContain('传真</h3>'); // no fax published → no fax channel
    expect(html).toContain('20 个工作日');
  });

  it('marks item tags on a report page and offers downloads', async () => {
    const html = await (await app.request('/o/boshan/gk/reports/2024')).text();
    expect(meta(html, 'ArticleTitle')).toBe('淄博市博山区人民政府2024年政府信息公开工作年度报告');
    expect(meta(html, 'PubDate')).toBe('2025-02-17 00:00');
    expect(meta(html, 'ContentSource')).toBe('淄博市博山区人民政府');
    const json = await app.request('/o/boshan/gk/reports/2024.json');
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(json.headers.get('content-disposition')).toMatch(
      /^attachment; filename="boshan-annual-report-2024\.json"; filename\*=UTF-8''%E6%B7%84/,
    );
    expect(((await json.json()) as { year: number }).year).toBe(2024);
    const docx = await app.request('/o/boshan/gk/reports/2023.docx');
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const pdf = await app.request('/o/boshan/gk/reports/2024.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/filename="boshan-annual-report-2024\.pdf"/);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await app.request('/o/boshan/gk/reports/2019.pdf')).status).toBe(404);
    expect(html).toContain('href="/o/boshan/gk/reports/2024.pdf"');
  }, 60_000);

  it.each([
    ['/o/nope'],
    ['/o/nope/gk/guide'],
    ['/o/boshan/gk/reports/2019'],
    ['/o/boshan/gk/reports/2024.exe'],
    ['/o/czj/gk/reports/2024'],
  ])('%s is a Chinese 404 page', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('页面不存在');
  });

  it('switches 关怀版 on and off with a cookie and returns to the page', async () => {
    const on = await app.request('/prefs/elder?on=1&back=%2Fo%2Fboshan%2Fgk');
    expect(on.status).toBe(303);
    expect(on.headers.get('location')).toBe('/o/boshan/gk');
    expect(on.headers.getSetCookie().find((c) => c.startsWith('gk_elder='))).toMatch(
      /^gk_elder=1;.*HttpOnly/,
    );
    const page = await (await app.request('/o/boshan/gk', { headers: { cookie: 'gk_elder=1' } })).text();
    expect(page).toContain('<html lang="zh-CN" class="elder">');
    expect(page).toContain('退出关怀版');
    const off = await app.request('/prefs/elder?on=0&back=%2F');
    expect(off.headers.getSetCookie().find((c) => c.startsWith('gk_elder='))).toMatch(
      /^gk_elder=0;.*Max-Age=0/,
    );
  });

  it.each([
    ['//evil.example/x', '/'],
    ['https://evil.example', '/'],
    ['/\\evil', '/'],
    ['/o/boshan?x=1', '/o/boshan?x=1'],
    [undefined, '/'],
  ])('keeps the way back local: %s', (back, expected) => {
    expect(safeBackPath(back)).toBe(expected);
  });
});

describe('the site before any organ exists', () => {
  it('shows a calm empty home page', async () => {
    const db = await openTestDb();
    const { app } = createTestApp(db);
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('平台尚未设置机关');
    await db.close();
  });
});
