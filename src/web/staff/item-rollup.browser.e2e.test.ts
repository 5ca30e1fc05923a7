/**
 * The district roll-up in a real browser (issue 12, decision 038): the 区政府's 公开专员 drafts the
 * 全区 report 「由下级机关汇总」 over the grouped organs (one department's report was imported), the
 * item page lists the included organs with their report status, 签发 is refused until the reason for
 * the unpublished organs is written, then the reason is shown; the report's text is edited in the
 * six-part form on the way (decision 039). Every screen is scanned by axe (no
 * serious findings), checked for sideways scrolling on a phone, and photographed into
 * PUBUI_SHOTS_DIR (default /tmp/pubui-shots).
 */
import fs from 'node:fs';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createLogger } from '../../app/logger.ts';
import type { Db } from '../../db/db.ts';
import { upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { blankReport2021 } from '../../domain/report/check/fixtures.test-support.ts';
import { launchBrowser, seriousViolations } from '../../../test/browser.ts';
import { insertTestOrgans, openTestDb, testEnv } from '../../../test/portal.ts';
import { insertTestAccount, movableClock, STAFF_PASSWORD } from '../../../test/staff.ts';
import { createApp } from '../app.ts';

const SHOTS = process.env.PUBUI_SHOTS_DIR ?? '/tmp/pubui-shots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
type Role = 'handler' | 'reviewer' | 'approver';

describe('the district roll-up from the editor to 签发, in a real browser', { timeout: 240_000 }, () => {
  let db: Db;
  let server: ServerType;
  let url = '';
  let browser: Browser;
  let itemUrl = '';
  const clock = movableClock('2026-12-01T02:00:00Z');
  const staff = new Map<Role, { context: BrowserContext; page: Page }>();

  const look = async (page: Page, name: string) => {
    expect(await seriousViolations(page), name).toEqual([]);
    expect(await page.locator('[style]').count(), `${name}: no inline styles`).toBe(0);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}-desktop.png`), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: path.join(SHOTS, `${name}-phone.png`), fullPage: true });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name}: no sideways scrolling on a phone`,
    ).toBe(true);
    await page.setViewportSize(DESKTOP);
  };

  const as = async (role: Role): Promise<Page> => {
    const entry = staff.get(role);
    if (entry) {
      return entry.page;
    }
    const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${url}/staff/login`);
    await page.fill('#field-username', `qu-${role}`);
    await page.fill('#field-password', STAFF_PASSWORD);
    await Promise.all([page.waitForURL(`${url}/staff`), page.click('main button[type="submit"]')]);
    staff.set(role, { context, page });
    return page;
  };

  const step = async (role: Role, action: string, fill: (p: Page) => Promise<void> = async () => {}) => {
    const page = await as(role);
    await page.goto(itemUrl);
    await fill(page);
    await Promise.all([
      page.waitForNavigation(),
      page.click(`form[action$="/act/${action}"] button[type="submit"]`),
    ]);
    return page;
  };

  beforeAll(async () => {
    db = await openTestDb();
    const organs = await insertTestOrgans(db);
    await upsertAnnualReport(db, {
      organId: organs.finance,
      year: 2025,
      report: blankReport2021(2025),
      publishedOn: '2026-01-22',
      now: new Date('2026-01-22T02:00:00Z'),
    });
    for (const role of ['handler', 'reviewer', 'approver'] as const) {
      await insertTestAccount(db, `qu-${role}`, [{ organId: organs.root, role }]);
    }
    const app = createApp({ db, clock, env: testEnv(), logger: createLogger('silent') });
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

  it('drafts the 全区 report over the grouped organs', async () => {
    const page = await as('handler');
    await page.goto(`${url}/staff/items`);
    await Promise.all([page.waitForURL(/\/staff\/items\/new/), page.click('a:has-text("起草信息")')]);
    await page.selectOption('#field-kind', 'annualReport');
    await page.fill('#field-title', '淄博市博山区人民政府2025年政府信息公开工作年度报告');
    await page.selectOption('#field-genre', '报告');
    await page.fill('#field-body', '全文见附件。');
    await page.fill('#field-reportYear', '2025');
    await page.check('#report-rollup');
    await expect(page.locator('#field-rollupOrgans input[type="checkbox"]:checked').count()).resolves.toBe(3);
    await look(page, 'rollup-01-editor');
    await Promise.all([
      page.waitForURL(/\/staff\/items\/\d+\?done=/),
      page.click('form.item-editor button[type="submit"]'),
    ]);
    itemUrl = page.url().replace(/\?.*$/, '');
    await expect(page.locator('#rollup').textContent()).resolves.toBe('纳入汇总的单位（3个）');
    await expect(page.locator('.rollup-table tbody tr').count()).resolves.toBe(3);
    await expect(page.locator('.rollup-table').textContent()).resolves.toContain(
      '导入的年度报告（2026-01-22发布）',
    );
    await look(page, 'rollup-02-item');
  });

  it('edits the report’s text in the six-part form (decision 039)', async () => {
    const page = await as('handler');
    await page.goto(itemUrl);
    await Promise.all([page.waitForURL(/\/prose$/), page.click('a:has-text("修改正文文字")')]);
    await expect(page.locator('.prose-editor textarea').count()).resolves.toBe(6);
    await look(page, 'rollup-02b-prose');
    await page.fill('#field-part-problems', '一是政策解读形式较为单一。\n二是部分栏目更新不够及时。');
    await Promise.all([
      page.waitForURL(/\?done=prose/),
      page.click('form.prose-editor button[type="submit"]'),
    ]);
    await expect(page.locator('#prose ~ p').first().textContent()).resolves.toContain(
      '第五部分的文字已人工修改',
    );
  });

  it('refuses 签发 without the reason, then signs with it and shows it', async () => {
    await step('handler', 'submitForReview');
    await step('reviewer', 'approveReview', async (p) => {
      await p.check('#approveReview-secrecy');
      await p.check('#approveReview-disclosure');
      await p.check('#approveReview-accuracy');
    });
    const refused = await step('approver', 'sign');
    expect(refused.url()).not.toContain('?done=');
    await expect(refused.locator('.error-summary').textContent()).resolves.toContain('城东街道办事处');
    await look(refused, 'rollup-03-sign-refused');
    const signed = await step('approver', 'sign', async (p) => {
      await p.fill('#sign-warningReason', '城东街道报告已报送，待其发布后修订');
    });
    expect(signed.url()).toContain('?done=');
    await expect(signed.locator('.page-lead').textContent()).resolves.toContain('已发布');
    await expect(signed.locator('#rollup ~ ul').textContent()).resolves.toContain(
      '理由：城东街道报告已报送，待其发布后修订',
    );
    await look(signed, 'rollup-04-signed');
  });
});
