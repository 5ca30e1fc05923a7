/**
 * Issue 8, items 12, 13 and 15 in a real browser: the 审核人 and the 领导 see the drafted 答复书 on
 * the case page (and download its DOCX), the handler records the one delivery step 网上获取 with a
 * released file, and the applicant downloads the 答复书 and the file on /track. Every screen is
 * scanned by axe and photographed at desktop and phone width into CASEWORK_SHOTS_DIR
 * (default /tmp/casework-shots). One backend (PGlite): the HTTP tests run on both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Db } from '../../db/db.ts';
import { launchBrowser, seriousViolations } from '../../../test/browser.ts';
import { openTestDb } from '../../../test/portal.ts';
import { STAFF_PASSWORD, testApp } from '../../../test/staff.ts';
import type { TestDb } from '../../../test/db.ts';
import { startCaseWalk, type CaseWalk } from './case-walk.test-support.ts';

const SHOTS = process.env.CASEWORK_SHOTS_DIR ?? '/tmp/casework-shots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('the draft 答复书 at 审核/签发 and the applicant’s downloads, in a real browser', () => {
  let db: Db;
  let w: CaseWalk;
  let server: ServerType;
  let url = '';
  let browser: Browser;

  const look = async (page: Page, name: string) => {
    expect(await seriousViolations(page), name).toEqual([]);
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

  const signedIn = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${url}/staff/login`);
    await page.fill('#field-username', username);
    await page.fill('#field-password', STAFF_PASSWORD);
    await Promise.all([page.waitForURL(`${url}/staff`), page.click('main button[type="submit"]')]);
    return page;
  };

  beforeAll(async () => {
    db = await openTestDb();
    w = await startCaseWalk({ db } as TestDb);
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

  for (const [step, who, shot] of [
    ['inReview', 'reviewer', '21-review-draft-letter'],
    ['inSigning', 'approver', '22-signing-draft-letter'],
  ] as const) {
    it(`shows the ${who} the drafted 答复书 at ${step}, with its DOCX`, async () => {
      await w.walkTo(step);
      const page = await signedIn(who);
      await page.goto(`${url}/staff/cases/${w.caseId}`);
      await expect(page.locator('#draft-letter-title').textContent()).resolves.toBe('答复书（草稿）');
      const letter = page.locator('.draft-letter .gk-letter');
      await expect(letter.locator('.gk-letter-title').textContent()).resolves.toBe('政府信息公开申请答复书');
      await expect(letter.textContent()).resolves.toContain('2024年某道路改造工程招标文件');
      await look(page, shot);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('a:has-text("下载答复书草稿（DOCX）")'),
      ]);
      const bytes = fs.readFileSync(await download.path());
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      await page.context().close();
    });
  }

  it('records the one delivery step 网上获取 with a released file, closing the case', async () => {
    await w.walkTo('toDeliver');
    const page = await signedIn('handler');
    await page.goto(`${url}/staff/cases/${w.caseId}`);
    await expect(page.locator('summary', { hasText: '登记文书送达' }).count()).resolves.toBe(0);
    await page.locator('summary', { hasText: '登记送达并办结' }).click();
    await page.selectOption('#recordDelivery-method', 'online');
    const file = path.join(SHOTS, '招标文件.pdf');
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(file, '%PDF-1.4\n%%EOF\n');
    await page.setInputFiles('#recordDelivery-releasedFiles', file);
    await look(page, '23-delivery-form');
    await Promise.all([
      page.waitForURL(/\?done=recordDelivery$/),
      page.click('#form-recordDelivery button[type="submit"]'),
    ]);
    await expect(page.locator('.page-lead').textContent()).resolves.toContain('已办结');
    await expect(page.locator('.timeline').textContent()).resolves.toContain('附公开的政府信息 1 件');
    await page.context().close();
  });

  it('lets the applicant download the 答复书 and the file on /track with the query code', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${url}/track`);
    await page.fill('#field-caseNumber', w.caseNumber);
    await page.fill('#field-queryCode', w.queryCode);
    await page.click('button:has-text("查询")');
    const list = page.locator('.ap-downloads li');
    await expect(list.count()).resolves.toBe(3);
    await look(page, '24-track-downloads');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.ap-downloads a:has-text("招标文件.pdf")'),
    ]);
    expect(fs.readFileSync(await download.path()).toString('latin1')).toBe('%PDF-1.4\n%%EOF\n');
    await Promise.all([page.waitForURL(/\/track\/files\//), page.click('.ap-downloads a:has-text("网页")')]);
    await expect(page.locator('.gk-letter-title').textContent()).resolves.toBe('政府信息公开申请答复书');
    await look(page, '25-track-letter');
    w.clock.advance(31 * 60_000);
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe('下载链接已过期');
    await look(page, '26-track-link-expired');
    await context.close();
  });
});
