/**
 * 主动公开 end to end in a real browser (issue 10): a 公开专员 drafts a 行政规范性文件 from a Word
 * body and a 解读 linked to it, uploads an attachment with a resident ID number, the checks flag it
 * and one click masks it; a 审核人 approves with the checklist and a 领导 signs; the portal shows the
 * document with its header table, 索引号 and 解读; a later document replaces it and the portal marks
 * it 已废止 in red with a link to the replacing document. Every screen is scanned by axe and
 * photographed at desktop and phone width into PUBUI_SHOTS_DIR (default /tmp/pubui-shots).
 */
import fs from 'node:fs';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createLogger } from '../../app/logger.ts';
import type { Db } from '../../db/db.ts';
import { residentIdCheckCharacter } from '../../domain/applicant/id-number.ts';
import { launchBrowser, seriousViolations } from '../../../test/browser.ts';
import { insertTestOrgans, openTestDb, testEnv } from '../../../test/portal.ts';
import { docxWith } from '../../../test/publishing.ts';
import { insertTestAccount, movableClock, STAFF_PASSWORD } from '../../../test/staff.ts';
import { createApp } from '../app.ts';

const SHOTS = process.env.PUBUI_SHOTS_DIR ?? '/tmp/pubui-shots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const ROLES = { handler: '李公开', reviewer: '王审核', approver: '赵局长' } as const;
type Role = keyof typeof ROLES;
const ID = `37030419800101123${residentIdCheckCharacter('37030419800101123')}`;
const TITLE = '博山区城市绿化管理办法（一个特意写得很长的标题，用来看换行和对齐是否正常）';

describe(
  '主动公开 from the Word draft to 已废止 on the portal, in a real browser',
  { timeout: 240_000 },
  () => {
    let db: Db;
    let server: ServerType;
    let url = '';
    let browser: Browser;
    let organId = 0;
    let docUrl = '';
    let interpUrl = '';
    let laterUrl = '';
    const clock = movableClock('2026-12-01T02:00:00Z');
    const staff = new Map<Role, { context: BrowserContext; page: Page }>();

    /** No serious/critical axe findings, no sideways scrolling on a phone; desktop and phone screenshots. */
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

    /** The page of a signed-in staff member. */
    const as = async (role: Role): Promise<Page> => {
      const entry = staff.get(role);
      if (entry) {
        return entry.page;
      }
      const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
      const page = await context.newPage();
      await page.goto(`${url}/staff/login`);
      await page.fill('#field-username', role);
      await page.fill('#field-password', STAFF_PASSWORD);
      await Promise.all([page.waitForURL(`${url}/staff`), page.click('main button[type="submit"]')]);
      staff.set(role, { context, page });
      return page;
    };

    /** Submits the step's form on the item page at `at`; expects to come back with a notice. */
    const act = async (
      role: Role,
      at: string,
      action: string,
      fill: (p: Page) => Promise<void> = async () => {},
    ) => {
      const page = await as(role);
      await page.goto(at);
      await fill(page);
      await Promise.all([
        page.waitForNavigation(),
        page.click(`form[action$="/act/${action}"] button[type="submit"]`),
      ]);
      if (!page.url().includes('?done=')) {
        const why = await page.locator('.error-summary, .findings, [role="alert"]').allTextContents();
        throw new Error(`${action} refused: ${why.join(' | ')}`);
      }
      return page;
    };

    /** Drafts an item on the editor; returns the item page's URL. */
    const draft = async (fill: (p: Page) => Promise<void>, shot?: string) => {
      const page = await as('handler');
      await page.goto(`${url}/staff/items`);
      await Promise.all([page.waitForURL(/\/staff\/items\/new/), page.click('a:has-text("起草信息")')]);
      await fill(page);
      if (shot) {
        await look(page, shot);
      }
      await Promise.all([
        page.waitForURL(/\/staff\/items\/\d+\?done=/),
        page.click('form.item-editor button[type="submit"]'),
      ]);
      return page.url().replace(/\?.*$/, '');
    };

    /** 提交审核 → 审核通过 (checklist); `shots` photographs the reviewer's page. */
    const review = async (at: string, shots = false) => {
      await act('handler', at, 'submitForReview');
      const reviewer = await as('reviewer');
      await reviewer.goto(at);
      if (shots) {
        await look(reviewer, '05-staff-review');
      }
      await act('reviewer', at, 'approveReview', async (p) => {
        await p.check('#approveReview-secrecy');
        await p.check('#approveReview-disclosure');
        await p.check('#approveReview-accuracy');
        await p.fill('#approveReview-opinion', '同意');
      });
    };

    /** 签发 by the 领导; a document's 解读 waiting in 待签发 goes out with it (三同步). */
    const sign = async (at: string, shots = false) => {
      const approver = await as('approver');
      await approver.goto(at);
      if (shots) {
        await look(approver, '06-staff-sign');
      }
      const signed = await act('approver', at, 'sign');
      await expect(signed.locator('.page-lead').textContent()).resolves.toContain('已发布');
    };

    /** Drafts a 解读 of the document at `docAt`; returns its page's URL. */
    const draftInterpretation = (docAt: string, title: string) =>
      draft(async (p) => {
        await p.selectOption('#field-kind', 'interpretation');
        await p.fill('#field-title', title);
        await p.selectOption('#field-genre', '解读');
        await p.selectOption('#field-interpretationForm', 'text');
        await p.selectOption('#field-documents', docAt.split('/').pop()!);
        await p.fill(
          '#field-body',
          '一、制定背景\n近年来，城市绿化面积不断扩大。\n二、主要内容\n办法共三条。',
        );
      });

    beforeAll(async () => {
      db = await openTestDb();
      organId = (await insertTestOrgans(db)).root;
      await insertTestAccount(db, 'handler', [{ organId, role: 'handler' }], { displayName: ROLES.handler });
      await insertTestAccount(db, 'reviewer', [{ organId, role: 'reviewer' }], {
        displayName: ROLES.reviewer,
      });
      await insertTestAccount(db, 'approver', [{ organId, role: 'approver' }], {
        displayName: ROLES.approver,
      });
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

    it('drafts a 行政规范性文件 from a Word body', async () => {
      const list = await as('handler');
      await list.goto(`${url}/staff/items`);
      await look(list, '01-staff-list-empty');
      const body = await docxWith([
        '第一条 为加强城市绿化管理，改善生态环境，制定本办法。',
        '第二条 本办法适用于本区城市规划区内的绿化规划、建设、保护和管理。',
        '第三条 本办法自2027年1月1日起施行。',
      ]);
      docUrl = await draft(async (p) => {
        await p.selectOption('#field-kind', 'normative');
        await p.fill('#field-title', TITLE);
        await p.fill('#field-docNumber', '博政发[2026]3号');
        await p.fill('#field-writtenOn', '2026-11-25');
        await p.fill('#field-effectiveOn', '2027-01-01');
        await p.selectOption('#field-genre', '通知');
        await p.fill('#field-keywords', '绿化 管理');
        await p.fill('#field-summary', '规范城市绿化的规划、建设、保护和管理。');
        await p.setInputFiles('#field-bodyDocx', {
          name: '绿化管理办法.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: Buffer.from(body),
        });
      }, '02-staff-editor');
      const page = await as('handler');
      await expect(page.locator('.item-body-preview').textContent()).resolves.toContain('改善生态环境');
      await expect(page.locator('.facts').textContent()).resolves.toContain('博政发〔2026〕3号');
    });

    it('flags the ID number in an attachment and masks it in one click', async () => {
      const page = await as('handler');
      await page.goto(docUrl);
      await page.setInputFiles('#item-file', {
        name: '附件1 绿化养护单位名单.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(await docxWith(['养护单位负责人', `张三 ${ID} 城东片区`])),
      });
      await Promise.all([
        page.waitForURL(/\?done=/),
        page.click('form[action$="/files"] button[type="submit"]'),
      ]);
      await expect(page.locator('.findings').textContent()).resolves.toContain('身份证号码');
      await look(page, '03-staff-flagged');
      await Promise.all([page.waitForURL(/\?done=/), page.click('button:has-text("一键遮盖个人信息")')]);
      await expect(page.locator('.findings').textContent()).resolves.not.toContain('附件');
      await look(page, '04-staff-masked');
    });

    it('drafts a 解读 linked to the document', async () => {
      interpUrl = await draftInterpretation(docUrl, '《博山区城市绿化管理办法》政策解读');
      const page = await as('handler');
      await expect(page.locator('main').textContent()).resolves.toContain('博山区城市绿化管理办法');
    });

    it('is reviewed with the checklist and signed by two other people, and appears on the portal', async () => {
      await review(docUrl, true);
      await review(interpUrl);
      await sign(docUrl, true);
      const approver = await as('approver');
      await approver.goto(interpUrl);
      await expect(approver.locator('.page-lead').textContent(), '签发 together').resolves.toContain(
        '已发布',
      );
      const handler = await as('handler');
      await handler.goto(`${url}/staff/items?tab=published`);
      await look(handler, '07-staff-list-published');
      await handler.goto(docUrl);
      await look(handler, '08-staff-published');
      const visitor = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
      const page = await visitor.newPage();
      await page.goto(`${url}/o/boshan/gk/c/documents-2`);
      await expect(page.locator('.pt-items').textContent()).resolves.toContain(TITLE);
      await look(page, '09-portal-column');
      await Promise.all([
        page.waitForURL(/\/gk\/items\/\d+$/),
        page.click(`.pt-items a:has-text("${TITLE}")`),
      ]);
      const head = (await page.locator('table.pt-item-head').textContent()) ?? '';
      expect(head).toMatch(/索引号\s*ORG000001\/2026-\d{5}/);
      for (const text of ['博政发〔2026〕3号', '现行有效', '2026-11-25', '2027-01-01']) {
        expect(head).toContain(text);
      }
      await expect(page.locator('.pt-item-body').textContent()).resolves.toContain('改善生态环境');
      await expect(page.locator('.pt-item-links').textContent()).resolves.toContain('政策解读');
      await expect(page.locator('.pt-item-files').textContent()).resolves.toContain('绿化养护单位名单');
      await look(page, '10-portal-item');
      await Promise.all([page.waitForURL(/\/gk\/items\/\d+$/), page.click('.pt-item-links a')]);
      await expect(page.locator('main').textContent()).resolves.toContain('解读的文件');
      await look(page, '11-portal-interpretation');
      await visitor.close();
    });

    it('marks it 已废止 by a later document, and the portal shows the red mark and the link', async () => {
      clock.set('2027-03-01T02:00:00Z');
      staff.clear();
      laterUrl = await draft(async (p) => {
        await p.selectOption('#field-kind', 'normative');
        await p.fill('#field-title', '博山区城市绿化条例实施办法');
        await p.fill('#field-docNumber', '博政发〔2027〕1号');
        await p.fill('#field-writtenOn', '2027-02-20');
        await p.fill('#field-body', '第一条 为实施城市绿化条例，制定本办法。');
      });
      const laterInterp = await draftInterpretation(laterUrl, '《博山区城市绿化条例实施办法》解读');
      await review(laterUrl);
      await review(laterInterp);
      await sign(laterUrl);
      const laterId = laterUrl.split('/').pop()!;
      const page = await act('handler', docUrl, 'changeValidity', async (p) => {
        await p.selectOption('#changeValidity-validity', 'repealed');
        await p.fill('#changeValidity-validityOn', '2027-03-01');
        await p.fill('#changeValidity-note', '被博政发〔2027〕1号废止');
        await p.selectOption('#changeValidity-replacedBy', laterId);
      });
      await expect(page.locator('.facts').textContent()).resolves.toContain('已废止');
      await look(page, '12-staff-repealed');
      const visitor = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
      const portal = await visitor.newPage();
      const docId = docUrl.split('/').pop()!;
      await portal.goto(`${url}/o/boshan/gk/items/${docId}`);
      await expect(portal.locator('table.pt-item-head .pt-validity-out').textContent()).resolves.toBe(
        '已废止',
      );
      const notice = portal.locator('.pt-validity-notice');
      await expect(notice.textContent()).resolves.toContain('已废止');
      await expect(notice.locator('a').getAttribute('href')).resolves.toBe(`/o/boshan/gk/items/${laterId}`);
      expect(
        await portal.evaluate(() => getComputedStyle(document.querySelector('.pt-validity-notice')!).color),
      ).toBe('rgb(179, 27, 27)');
      await look(portal, '13-portal-repealed');
      await portal.goto(`${url}/o/boshan/gk/library`);
      await expect(portal.locator('.pt-items .pt-validity-out').textContent()).resolves.toBe('已废止');
      await look(portal, '14-portal-library');
      await portal.goto(`${url}/o/boshan/gk/library?validity=lapsed`);
      await look(portal, '15-portal-library-empty');
      await portal.goto(`${url}/prefs/elder?on=1&back=${encodeURIComponent(`/o/boshan/gk/items/${docId}`)}`);
      await expect(portal.locator('html').getAttribute('class')).resolves.toContain('elder');
      await look(portal, '16-portal-repealed-elder');
      await portal.goto(`${url}/prefs/elder?on=0&back=/`);
      await portal.emulateMedia({ media: 'print' });
      await portal.goto(`${url}/o/boshan/gk/items/${docId}`);
      await expect(portal.locator('.pt-header').isVisible()).resolves.toBe(false);
      await expect(portal.locator('.pt-item-tools').isVisible()).resolves.toBe(false);
      await portal.screenshot({ path: path.join(SHOTS, '17-portal-print.png'), fullPage: true });
      await visitor.close();
    });
  },
);
