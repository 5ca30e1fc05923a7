/**
 * Issue 8 item 16: what a first-time visitor and a crawler hit — /favicon.ico and /robots.txt
 * answer, the public 404/403 pages keep the portal's header and footer, an organ's home page has
 * its own title, the 网站地图 reaches /calculator, /track and the organs' sites, and no public page
 * carries an inline style (the CSP would block it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { Db } from '../../db/db.ts';
import { upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { REPORT_2024 } from '../../app/demo/annual-reports.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { createTestApp, insertTestOrgans, openTestDb, type TestOrganIds } from '../../../test/portal.ts';
import type { AppEnv } from '../context.ts';

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('the portal’s furniture for visitors and crawlers', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  let ids: TestOrganIds;
  beforeAll(async () => {
    db = await openTestDb();
    ids = await insertTestOrgans(db);
    await upsertAnnualReport(db, {
      organId: ids.root,
      year: 2024,
      report: REPORT_2024,
      publishedOn: '2025-02-17',
      now: new Date('2026-01-01T00:00:00Z'),
    });
    app = createTestApp(db).app;
  });
  afterAll(() => db.close());

  it('serves a real favicon at /favicon.ico and as SVG, and every page points to them', async () => {
    const ico = await app.request('/favicon.ico');
    expect(ico.status).toBe(200);
    expect(ico.headers.get('content-type')).toBe('image/x-icon');
    const bytes = new Uint8Array(await ico.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]); // ICONDIR: reserved 0, type 1 (icon)
    const svg = await app.request('/static/favicon.svg');
    expect(svg.status).toBe(200);
    expect(await svg.text()).toContain('<title>公</title>');
    const home = await (await app.request('/')).text();
    expect(home).toContain('<link rel="icon" href="/favicon.ico"');
    expect(home).toContain('<link rel="icon" href="/static/favicon.svg" type="image/svg+xml"/>');
  });

  it('answers /robots.txt: the portal open, /staff closed, the sitemap named', async () => {
    const res = await app.request('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^User-agent: \*\nAllow: \/\nDisallow: \/staff\n/);
    expect(text).toContain('Sitemap: /sitemap.xml');
    await db.query("INSERT INTO settings (key, value) VALUES ('site.domain', 'gk.boshan.gov.cn')");
    portalDirectoryFor(db).invalidate();
    try {
      const withDomain = await (
        await app.request('/robots.txt', { headers: { host: 'evil.example' } })
      ).text();
      expect(withDomain).toContain('Sitemap: http://gk.boshan.gov.cn/sitemap.xml');
      expect(withDomain).not.toContain('evil.example');
    } finally {
      await db.query("DELETE FROM settings WHERE key = 'site.domain'");
      portalDirectoryFor(db).invalidate();
    }
  });

  it('lists every public page in /sitemap.xml, the calculator, tracking and report years included', async () => {
    const res = await app.request('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    for (const path of [
      '/',
      '/calculator',
      '/track',
      '/o/czj',
      '/o/chengdong/gk/guide',
      '/o/boshan/gk/reports/2024',
    ]) {
      expect(xml, path).toContain(`<loc>${path}</loc>`);
    }
    expect(xml).not.toContain('/staff');
  });

  it('renders the public 404 inside the portal layout, with header, footer and 返回首页', async () => {
    for (const [path, organ] of [
      ['/no-such-page', '淄博市博山区人民政府'],
      ['/o/no-such-organ', '淄博市博山区人民政府'],
      ['/o/czj/no-such-page', '博山区财政局'],
    ] as const) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain('<h1>页面不存在</h1>');
      expect(html, path).toContain('class="pt-header"');
      expect(html, path).toContain('class="pt-footer"');
      expect(html, path).toContain('党政机关网站标识（示例）');
      expect(html, path).toContain(`${organ} · 政府信息公开`);
      expect(html, path).toMatch(/<a class="button button-primary" href="[^"]+">返回首页<\/a>/);
      expect(html, path).not.toMatch(/\sstyle=/);
    }
    expect(await (await app.request('/o/czj/no-such-page')).text()).toContain('href="/o/czj">返回首页</a>');
  });

  it('renders a public 403 (a forged form token) inside the portal layout in Chinese', async () => {
    const res = await app.request('/tools/report-check', {
      method: 'POST',
      body: new URLSearchParams({ _csrf: 'forged', text: 'x' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('<h1>无权访问</h1>');
    expect(html).toContain('class="pt-footer"');
    expect(html).toContain('返回首页');
  });

  it('titles each organ’s home page with its name and 政府信息公开, not 「首页」', async () => {
    expect(titleOf(await (await app.request('/o/czj')).text())).toBe(
      '博山区财政局政府信息公开 - 淄博市博山区政府信息公开平台',
    );
    expect(titleOf(await (await app.request('/')).text())).toBe(
      '淄博市博山区人民政府政府信息公开 - 淄博市博山区政府信息公开平台',
    );
  });

  it('shows /calculator, /track and the sites of the organs below on the 网站地图 page', async () => {
    const res = await app.request('/o/boshan/sitemap');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const link of [
      'href="/calculator">答复期限计算器',
      'href="/track">查询办理进度',
      'href="/o/boshan/gk/apply/form">在线提交申请',
      'href="/o/czj">博山区财政局',
      'href="/o/chengdong">博山区城东街道办事处',
      'href="/tools/report-check">年报体检',
    ]) {
      expect(html, link).toContain(link);
    }
    const department = await (await app.request('/o/czj/sitemap')).text();
    expect(department).toContain('href="/">淄博市博山区政府信息公开平台</a>');
    expect(department).not.toContain('部门、乡镇街道信息公开');
  });

  it('puts no inline style on any public page, the report tables included', async () => {
    for (const path of [
      '/',
      '/o/boshan/gk/reports/2024',
      '/o/boshan/sitemap',
      '/calculator',
      '/track',
      '/tools/report-check',
      '/no-such-page',
    ]) {
      const html = await (await app.request(path)).text();
      expect(html, path).not.toMatch(/\sstyle=/);
    }
  });
});
