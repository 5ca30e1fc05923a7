/**
 * 「公开此答复」 in a real browser (decision 034): the 审核人 ticks the personal-data check and publishes
 * the closed case's reply; the portal's reply list and page and the search page (kind badge, kind
 * tabs) show it; 撤回公开 takes it off. Every screen is scanned by axe at desktop and phone width.
 * One backend (PGlite): the HTTP tests run on both.
 */
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Db } from '../../db/db.ts';
import { launchBrowser, screenshot, seriousViolations } from '../../../test/browser.ts';
import { openTestDb } from '../../../test/portal.ts';
import { STAFF_PASSWORD, testApp } from '../../../test/staff.ts';
import type { TestDb } from '../../../test/db.ts';
import { startCaseWalk, WALK_APPLICANT, type CaseWalk } from './case-walk.test-support.ts';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const PHRASE = '道路改造工程招标文件';

describe('「公开此答复」 and the portal’s public replies, in a real browser', () => {
  let db: Db;
  let w: CaseWalk;
  let server: ServerType;
  let url = '';
  let browser: Browser;

  const look = async (page: Page, name: string) => {
    expect(await seriousViolations(page), name).toEqual([]);
    await screenshot(page, `${name}-desktop`);
    await page.setViewportSize(PHONE);
    expect(await seriousViolations(page), `${name} (phone)`).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name}: no sideways scrolling on a phone`,
    ).toBe(true);
    await screenshot(page, `${name}-phone`);
    await page.setViewportSize(DESKTOP);
  };

  beforeAll(async () => {
    db = await openTestDb();
    w = await startCaseWalk({ db } as TestDb);
    await w.walkTo('toDeliver');
    await w.act(w.handler, 'recordDelivery', { method: 'post', trackingNumber: 'XA123456789CN' });
    const app = testApp(db, w.clock);
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

  it('publishes after the check, shows it on the portal and in search, and withdraws it', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${url}/staff/login`);
    await page.fill('#field-username', 'reviewer');
    await page.fill('#field-password', STAFF_PASSWORD);
    await Promise.all([page.waitForURL(`${url}/staff`), page.click('main button[type="submit"]')]);

    await page.goto(`${url}/staff/cases/${w.caseId}`);
    await Promise.all([page.waitForURL(/\/public-reply$/), page.click('text=公开此答复 / 撤回公开')]);
    const text = await page.inputValue('#field-text');
    expect(text).toContain(PHRASE);
    expect(text).not.toContain(WALK_APPLICANT.name);
    await look(page, 'public-reply-form');
    // the browser itself refuses an unticked check; the server says why when the check is bypassed
    await page.evaluate(() => document.querySelector('form.stack-form')?.setAttribute('novalidate', ''));
    await page.locator('#field-confirmMasked').evaluate((el) => el.removeAttribute('required'));
    await page.click('button:has-text("公开此答复")');
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('请先核对并勾选');
    await look(page, 'public-reply-form-error');
    await page.check('#field-confirmMasked');
    await Promise.all([page.waitForURL(/done=published/), page.click('button:has-text("公开此答复")')]);
    await look(page, 'public-reply-published');

    await page.click('text=在门户上查看');
    await expect(page.locator('h1').textContent()).resolves.toContain(PHRASE);
    await look(page, 'portal-reply');
    await page.goto(`${url}/o/jia-jyj/gk/replies`);
    expect(await page.locator('.pt-report-list li').count()).toBe(1);
    await look(page, 'portal-replies');

    await page.goto(`${url}/search?q=${encodeURIComponent(PHRASE)}`);
    await expect(page.locator('.pt-search-kind').first().textContent()).resolves.toBe('依申请公开答复');
    await page.click('.pt-search-kinds >> text=年度报告');
    await expect(page.locator('.pt-search-summary').textContent()).resolves.toContain('找到 0 条');
    await page.click('.pt-search-kinds >> text=依申请公开答复');
    await expect(page.locator('.pt-search-summary').textContent()).resolves.toContain('找到 1 条');
    await look(page, 'portal-search-replies');

    await page.goto(`${url}/staff/cases/${w.caseId}/public-reply`);
    await Promise.all([page.waitForURL(/done=withdrawn/), page.click('button:has-text("撤回公开")')]);
    await page.goto(`${url}/search?q=${encodeURIComponent(PHRASE)}`);
    await expect(page.locator('.pt-search-summary').textContent()).resolves.toContain('找到 0 条');
    await context.close();
  });
});
