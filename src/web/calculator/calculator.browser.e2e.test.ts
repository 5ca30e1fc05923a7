import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from '../../../test/browser.ts';
import { testEnv } from '../../../test/portal.ts';
import { insertTestAccount, STAFF_PASSWORD } from '../../../test/staff.ts';
import { fixedClock } from '../../app/clock.ts';
import { ensureDemoOrgans } from '../../app/demo/demo-organs.ts';
import { createLogger } from '../../app/logger.ts';
import type { Db } from '../../db/db.ts';
import { createApp } from '../app.ts';
import { ROUTE_MODULES, type RouteModule } from '../routes.ts';
import { registerCalendarRoutes } from '../staff/calendar.tsx';
import { registerCalculatorRoutes } from './routes.tsx';
import { openTestPglite } from '../../../test/db.ts';

const MODULES = [
  ...ROUTE_MODULES,
  ...[registerCalculatorRoutes, registerCalendarRoutes].filter(
    (m: RouteModule) => !ROUTE_MODULES.includes(m),
  ),
];

describe('期限计算器 and 工作日历 in a real browser', () => {
  let db: Db;
  let server: ServerType;
  let url: string;
  let browser: Browser;

  const check = async (page: Page, name: string) => {
    expect(await seriousViolations(page), name).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name}: no sideways scrolling`,
    ).toBe(true);
    await screenshot(page, name);
  };

  beforeAll(async () => {
    db = await openTestPglite();
    const clock = fixedClock('2024-10-21T02:00:00Z');
    const organs = await ensureDemoOrgans({ db, clock });
    await insertTestAccount(
      db,
      'root.admin',
      [{ organId: organs.find((o) => o.parentId === null)!.id, role: 'admin' }],
      { displayName: '区管理员' },
    );
    const app = createApp({ db, clock, env: testEnv(), logger: createLogger('silent') }, MODULES);
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const address = server.address();
    url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  });

  it('fills in the calculator (a plain GET form) and reads the explanation', async () => {
    for (const [width, height, suffix] of [
      [1280, 900, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`${url}/calculator`);
      await check(page, `calculator-form-${suffix}`);
      await page.fill('#field-received', '2024-09-27');
      await page.selectOption('#field-channel', 'counter');
      await page.fill('#field-p1from', '2024-10-08');
      await page.fill('#field-p1to', '2024-10-18');
      await Promise.all([
        page.waitForURL(/received=2024-09-27/),
        page.click('button:has-text("计算答复期限")'),
      ]);
      await expect(page.locator('#calc-result-title + p').textContent()).resolves.toBe(
        '答复期限：2024年11月12日（星期二）',
      );
      expect(await page.locator('.pt-numbered li').count()).toBe(4);
      await check(page, `calculator-result-${suffix}`);
      await page.goto(`${url}/calculator?received=2023-02-29&extend=21`);
      await expect(page.locator('.error-summary li').count()).resolves.toBe(1);
      await check(page, `calculator-errors-${suffix}`);
      await context.close();
    }
  });

  it('lets a root administrator enter 2027 with a preview, and shows the years accessibly', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}/staff/login`);
    await page.fill('#field-username', 'root.admin');
    await page.fill('#field-password', STAFF_PASSWORD);
    await Promise.all([page.waitForURL(`${url}/staff`), page.click('main button[type="submit"]')]);
    await page.goto(`${url}/staff/calendar`);
    await check(page, 'calendar-list');
    await page.fill('#field-year', '2027');
    await page.fill('#field-notice', '国务院办公厅关于2027年部分节假日安排的通知');
    await page.fill('#field-source', 'https://www.gov.cn/zhengce/zhengceku/202711/content_1.htm');
    await page.fill('#field-days', '休 2027-01-01..2027-01-03\n班 2027-02-20');
    await Promise.all([
      page.waitForURL(`${url}/staff/calendar/preview`),
      page.click('button:has-text("预览")'),
    ]);
    await expect(page.locator('h1').textContent()).resolves.toBe('核对 2027 年放假安排');
    await check(page, 'calendar-preview');
    await Promise.all([
      page.waitForURL(`${url}/staff/calendar?saved=2027`),
      page.click('button:has-text("确认保存")'),
    ]);
    await expect(page.locator('.notice-success').textContent()).resolves.toContain(
      '2027 年度的放假安排已保存',
    );
    await page.goto(`${url}/calculator?received=2026-12-10`);
    await expect(page.locator('#calc-result-title + p').textContent()).resolves.toBe(
      '答复期限：2027年1月8日（星期五）',
    );
    await page.close();
  });
});
