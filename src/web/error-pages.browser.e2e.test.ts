/**
 * Issue 8 items 14 and 16 in a real browser: the 403 and 404 pages in the layout they belong to
 * (staff and public), the case page's 「which role is needed」 hint and a public report table — each
 * with no Content-Security-Policy violation (counted from `securitypolicyviolation` events and the
 * console), no serious axe finding, and no sideways scrolling on a phone. Screenshots go to
 * UI_SHOTS_DIR (default /tmp/ui-shots) for people to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPORT_2024 } from '../app/demo/annual-reports.ts';
import type { Db } from '../db/db.ts';
import { upsertAnnualReport } from '../db/queries/annual-reports.ts';
import { launchBrowser, seriousViolations } from '../../test/browser.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  STAFF_PASSWORD,
  TestClient,
  testApp,
} from '../../test/staff.ts';
import { openTestPglite } from '../../test/db.ts';

const SHOTS = process.env.UI_SHOTS_DIR ?? '/tmp/ui-shots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Collects CSP violations as the page reports them (before any page script could run). */
const RECORD_CSP = `window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe('error pages, the role hint and report tables in a real browser', () => {
  let db: Db;
  let server: ServerType;
  let url = '';
  let browser: Browser;
  let caseId = 0;
  const consoleLines: string[] = [];
  /** Sub-resources (CSS, the favicon …) that did not load. */
  const failedResources: string[] = [];

  /** A page signed in as `username` (or anonymous). */
  const pageFor = async (username: string | null): Promise<Page> => {
    const page = await (await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP })).newPage();
    page.setDefaultTimeout(10_000);
    await page.addInitScript(RECORD_CSP);
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'document' && response.status() >= 400) {
        failedResources.push(`${response.status()} ${response.url()}`);
      }
    });
    if (username !== null) {
      await page.goto(`${url}/staff/login`);
      await page.fill('#field-username', username);
      await page.fill('#field-password', STAFF_PASSWORD);
      await Promise.all([page.waitForURL(`${url}/staff`), page.click('main button[type="submit"]')]);
    }
    return page;
  };

  /** Loads `target` at both widths: the status, no CSP violation, no serious axe finding, no sideways scroll. */
  const look = async (page: Page, target: string, status: number, name: string) => {
    consoleLines.length = 0;
    failedResources.length = 0;
    await page.setViewportSize(DESKTOP);
    const response = await page.goto(`${url}${target}`);
    expect(response?.status(), name).toBe(status);
    expect(await seriousViolations(page), name).toEqual([]);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}-desktop.png`), fullPage: true });
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), name).toEqual([]);
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.screenshot({ path: path.join(SHOTS, `${name}-phone.png`), fullPage: true });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name}: no sideways scrolling on a phone`,
    ).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), name).toEqual([]);
    expect(
      consoleLines.filter((line) => /Content Security Policy/.test(line)),
      name,
    ).toEqual([]);
    expect(failedResources, `${name}: every stylesheet and icon loads`).toEqual([]);
    await page.setViewportSize(DESKTOP);
    return page.locator('main').innerText();
  };

  beforeAll(async () => {
    db = await openTestPglite();
    const tree = await insertTestTree(db);
    await upsertAnnualReport(db, {
      organId: tree.city,
      year: 2024,
      report: REPORT_2024,
      publishedOn: '2025-02-17',
      now: new Date('2026-01-01T00:00:00Z'),
    });
    await insertTestAccount(db, 'admin', [{ organId: tree.city, role: 'admin' }], { displayName: '赵管理' });
    await insertTestAccount(db, 'jyj', [{ organId: tree.education, role: 'handler' }], {
      displayName: '钱专员',
    });
    const app = testApp(db, movableClock('2026-12-07T02:00:00Z'));
    const handler = new TestClient(app);
    await handler.logIn('jyj');
    const registered = await handler.post('/staff/cases/new', {
      organId: String(tree.education),
      channel: 'counter',
      receivedOn: '2026-12-07',
      kind: 'naturalPerson',
      name: '张三',
      idType: 'residentIdCard',
      idNumber: '11010519491231002X',
      phone: '13800138000',
      email: '',
      address: '山东省淄博市博山区某路1号',
      postcode: '255200',
      items: '2026年某学校招生计划',
      provisionForm: 'paper',
      obtainWay: 'post',
    });
    expect(registered.status).toBe(201);
    caseId = Number((await db.query<{ id: string }>('SELECT max(id) AS id FROM cases'))[0]!.id);
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const address = server.address();
    url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await db?.close();
  });

  it('shows a 公开专员 a 403 at 账号管理 in the staff layout, naming the role, with 返回工作台', async () => {
    const page = await pageFor('jyj');
    const nav = await page.locator('nav.staff-nav').innerText();
    expect(nav).not.toContain('账号管理');
    expect(nav).not.toContain('审计日志');
    const text = await look(page, '/staff/accounts', 403, 'staff-403');
    expect(text).toContain('此页面需要“管理员”角色，请联系本机关管理员分配。');
    await page.getByRole('link', { name: '返回工作台' }).click();
    expect(new URL(page.url()).pathname).toBe('/staff');
    const notFound = await look(page, '/staff/cases/999999', 404, 'staff-404');
    expect(notFound).toContain('页面不存在');
  });

  it('tells the 管理员 on a case of 教育局 which role each open step needs', async () => {
    const page = await pageFor('admin');
    const text = await look(page, `/staff/cases/${caseId}`, 200, 'case-roles-needed');
    expect(text).toContain('您在甲区教育局没有办理本案当前步骤的角色：');
    expect(text).toContain('需要“管理员”或“公开专员”角色，请联系本机关管理员分配。');
  });

  it('keeps the portal’s header and footer on the public 404 and leads back to 首页', async () => {
    const page = await pageFor(null);
    const text = await look(page, '/o/jia-jyj/no-such-page', 404, 'public-404');
    expect(text).toContain('页面不存在');
    expect(await page.locator('header.pt-header').count()).toBe(1);
    expect(await page.locator('footer.pt-footer').count()).toBe(1);
    await page.getByRole('link', { name: '返回首页' }).click();
    expect(new URL(page.url()).pathname).toBe('/o/jia-jyj');
    expect(await page.title()).toBe('甲区教育局政府信息公开 - 某市政府信息公开平台');
    const favicon = await page.request.get(`${url}/favicon.ico`);
    expect(favicon.status()).toBe(200);
  });

  it('draws a public report’s tables with their column widths and not one CSP violation', async () => {
    const page = await pageFor(null);
    await look(page, '/o/city/gk/reports/2024', 200, 'public-report');
    const widths = await page
      .locator('table.gk-table-applications col')
      .evaluateAll((cols) => cols.map((c) => (c as HTMLElement).getBoundingClientRect().width));
    expect(widths).toHaveLength(10);
    await page
      .locator('table.gk-table-applications')
      .screenshot({ path: path.join(SHOTS, 'public-report-table.png') });
    expect(Math.max(...widths)).toBe(widths[2]);
  });
});
