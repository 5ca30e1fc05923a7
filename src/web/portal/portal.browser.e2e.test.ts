import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchBrowser,
  screenshot,
  seriousViolations,
  startTestServer,
  type TestServer,
} from '../../../test/browser.ts';
import { SEED_DIR } from '../../../test/fixtures.ts';
import { loadDemoAnnualReports } from '../../app/demo/annual-reports.ts';
import { ensureDemoOrgans } from '../../app/demo/demo-organs.ts';

const SEED_000 = `${SEED_DIR}/000_5b011f5e8cebd16c.txt`;

describe('the portal and 年报体检 in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startTestServer({
      bootstrap: async (deps) => {
        await ensureDemoOrgans(deps);
        await loadDemoAnnualReports({ db: deps.db, clock: deps.clock, print: () => undefined });
      },
    });
    browser = await launchBrowser();
    context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  async function check(page: Page, name: string): Promise<void> {
    expect(await seriousViolations(page), name).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name}: no sideways scrolling`,
    ).toBe(true);
    await screenshot(page, name);
  }

  it('opens the home page, switches 关怀版 on and off, and reads a report', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('博山区人民政府');
    await check(page, 'portal-home-desktop');

    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到正文');

    await page.click('text=无障碍·关怀版');
    await expect(page.locator('html').getAttribute('class')).resolves.toBe('elder');
    expect(page.url()).toBe(`${server.url}/`);
    await check(page, 'portal-home-elder-desktop');
    await page.click('.pt-topbar >> text=退出关怀版');
    await expect(page.locator('html').getAttribute('class')).resolves.toBeNull();

    await page.click('.pt-nav >> text=政府信息公开');
    await page.click('.pt-columns >> text=政府信息公开年报');
    expect(await page.locator('.pt-report-list li').count()).toBe(2);
    await page.click('text=博山区人民政府2024年政府信息公开工作年度报告');
    await expect(page.locator('article.gk-report h1').textContent()).resolves.toBe(
      '淄博市博山区人民政府2024年政府信息公开工作年度报告',
    );
    await check(page, 'portal-report-desktop');

    await page.goto(`${server.url}/o/boshan/gk/guide`);
    await check(page, 'portal-guide-desktop');
    await page.close();
  });

  it('checks seed 000: the injected text is an error, marked in place and listed; the JSON downloads', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/tools/report-check`);
    await check(page, 'report-check-form-desktop');
    await page.setInputFiles('#report-file', SEED_000);
    await Promise.all([
      page.waitForURL(/\/tools\/report-check\/[A-Za-z0-9_-]{32}$/),
      page.click('text=上传并检查'),
    ]);
    const firstError = (await page.locator('.rc-finding-error').first().textContent()) ?? '';
    expect(firstError).toContain('与政府信息公开年度报告无关的文字');
    expect(firstError).not.toContain('CONTENT_INJECTED');
    expect(await page.locator('mark.rc-mark-error').count()).toBeGreaterThan(5);
    expect(await page.locator('.gk-flag-error').count()).toBeGreaterThan(0);
    await check(page, 'report-check-result-desktop');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('text=下载数据（JSON）'),
    ]);
    expect(download.suggestedFilename()).toBe('蘑菇气镇人民政府2023年政府信息公开工作年度报告.json');
    const data = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
      organ: string;
      year: number;
    };
    expect(data).toMatchObject({ organ: '蘑菇气镇人民政府', year: 2023 });
    await page.close();
  });

  it('searches from the header box and answers a bad query on the page', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/o/boshan/gk`);
    await page.fill('#pt-header-q', '政府信息公开');
    await Promise.all([page.waitForURL(/\/search\?q=/), page.click('.pt-header-search button')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('信息检索');
    await check(page, 'portal-search-desktop');
    await page.goto(`${server.url}/search?q=%20&from=2026-13-01`);
    await expect(page.locator('.pt-search-errors').textContent()).resolves.toContain('请输入检索词');
    await check(page, 'portal-search-errors-desktop');
    await page.close();
  });

  it('works on a 390 px phone', async () => {
    const phone = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    for (const [path, name] of [
      ['/', 'portal-home-phone'],
      ['/o/boshan/gk/guide', 'portal-guide-phone'],
      ['/o/boshan/gk/reports/2024', 'portal-report-phone'],
      ['/o/boshan/gk/statutory', 'portal-statutory-phone'],
      [
        '/search?q=%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80&genre=%E9%80%9A%E7%9F%A5',
        'portal-search-phone',
      ],
      ['/api/v1/docs', 'api-docs-phone'],
      ['/tools/report-check', 'report-check-form-phone'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await check(page, name);
    }
    await page.setInputFiles('#report-file', SEED_000);
    await Promise.all([
      page.waitForURL(/\/tools\/report-check\/[A-Za-z0-9_-]{32}$/),
      page.click('text=上传并检查'),
    ]);
    await check(page, 'report-check-result-phone');
    await phone.close();
  });
});
