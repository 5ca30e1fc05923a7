import fs from 'node:fs';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemClock } from '../../app/clock.ts';
import { createLogger } from '../../app/logger.ts';
import type { Db } from '../../db/db.ts';
import { buildMinimalPdf } from '../../io/testing/minimal-pdf.ts';
import { launchBrowser, screenshot, seriousViolations } from '../../../test/browser.ts';
import { insertTestOrgans, openTestDb, testEnv } from '../../../test/portal.ts';
import { createApp } from '../app.ts';
import { modulesWithApplication, VALID_ID } from './apply.test-support.ts';

/**
 * The pages' styles while they wait in src/web/apply/apply.css to be appended to app.css: served
 * with app.css in this test. Once app.css carries them (and apply.css is gone) nothing is added.
 */
const APPLY_CSS_FILE = new URL('./apply.css', import.meta.url);
const APPLY_CSS = fs.existsSync(APPLY_CSS_FILE) ? fs.readFileSync(APPLY_CSS_FILE, 'utf8') : '';
const PDF = buildMinimalPdf([{ runs: [{ text: 'ID card copy', x: 50, y: 700 }] }]);

describe('applying and tracking in a real browser', () => {
  let db: Db;
  let server: ServerType;
  let url: string;
  let browser: Browser;
  beforeAll(async () => {
    db = await openTestDb();
    await insertTestOrgans(db);
    const app = createApp(
      {
        db,
        clock: systemClock,
        env: testEnv({ maxUploadBytes: 24 * 1024 * 1024 }),
        logger: createLogger('silent'),
      },
      modulesWithApplication(),
    );
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const address = server.address();
    url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await db.close();
  });

  async function newPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    if (APPLY_CSS !== '') {
      await page.route('**/static/app.css', async (route) => {
        const response = await route.fetch();
        const css = await response.text();
        await route.fulfill({
          response,
          body: css.includes('.ap-kind-groups') ? css : `${css}\n${APPLY_CSS}`,
        });
      });
    }
    return page;
  }

  async function check(page: Page, name: string): Promise<void> {
    expect(await seriousViolations(page), name).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name}: no sideways scrolling`,
    ).toBe(true);
    await screenshot(page, name);
  }

  async function applyAndTrack(
    context: BrowserContext,
    width: 'desktop' | 'phone',
    person: { name: string; id: string },
  ) {
    const page = await newPage(context);
    await page.goto(`${url}/o/boshan/gk/apply/form`);
    await expect(page.locator('h1').textContent()).resolves.toBe('政府信息公开申请表');
    await check(page, `apply-form-${width}`);

    await page.click('button:has-text("提交申请")');
    await expect(page.locator('#error-summary li').count()).resolves.toBeGreaterThanOrEqual(4);
    await check(page, `apply-form-errors-${width}`);

    await page.check('#field-kind');
    await page.fill('#field-personName', person.name);
    await page.fill('#field-idNumber', person.id);
    await page.fill('#field-phone', '13800138000');
    await page.fill('#field-items', '2025年博山区财政预算执行情况\n博政发〔2025〕3号文件');
    await page.check('#field-provisionForm-electronic');
    await page.check('#field-obtainWay-online');
    await page.setInputFiles('#field-attachments', [
      { name: '身份证明.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await page.check('#field-declaration');
    await page.click('button:has-text("提交申请")');
    await page.waitForSelector('#query-code');
    const caseNumber = (await page.locator('#case-number').textContent()) ?? '';
    const queryCode = (await page.locator('#query-code').textContent()) ?? '';
    expect(caseNumber).toMatch(/〔\d{4}〕\d{4}号$/);
    expect(queryCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(page.url()).toBe(`${url}/o/boshan/gk/apply/form`);
    await expect(page.locator('.ap-receipt').textContent()).resolves.not.toContain(person.id);
    await check(page, `apply-receipt-${width}`);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, `apply-receipt-print-${width}`);
    await page.emulateMedia({ media: 'screen' });

    await Promise.all([page.waitForURL(`${url}/track`), page.click('.ap-actions >> text=查询办理进度')]);
    await check(page, `track-form-${width}`);
    await page.fill('#field-caseNumber', caseNumber);
    await page.fill('#field-queryCode', queryCode.toLowerCase());
    await page.click('button:has-text("查询")');
    await expect(page.locator('#case-status').textContent()).resolves.toBe('已受理，办理中');
    expect(page.url()).toBe(`${url}/track`);
    await check(page, `track-result-${width}`);

    await page.goto(`${url}/track`);
    await page.fill('#field-caseNumber', caseNumber);
    await page.fill('#field-queryCode', 'AAAA-BBBB-CCCC');
    await page.click('button:has-text("查询")');
    await expect(page.locator('[role="alert"]').textContent()).resolves.toContain('案件编号或查询码不正确');
    await check(page, `track-error-${width}`);
    await page.close();
  }

  it('applies as a 自然人 on a desktop screen, reads the receipt and tracks the case', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await applyAndTrack(context, 'desktop', { name: '张三', id: VALID_ID });
    await context.close();
  });

  it('applies as a 自然人 on a phone', async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await applyAndTrack(context, 'phone', { name: '欧阳娜娜', id: '110105198001010032' });
    await context.close();
  });

  it('shows the form in 关怀版 (large text) without serious accessibility problems', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await newPage(context);
    await page.goto(`${url}/o/boshan/gk/apply/form`);
    await page.click('text=无障碍·关怀版');
    await expect(page.locator('html').getAttribute('class')).resolves.toBe('elder');
    expect(page.url()).toBe(`${url}/o/boshan/gk/apply/form`);
    await check(page, 'apply-form-elder-desktop');
    await context.close();
  });
});
