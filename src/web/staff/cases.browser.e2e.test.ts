/**
 * One 依申请公开 case end to end in a real browser: the applicant's online form on the portal →
 * 补正 → third-party consultation (不同意公开) → extension (the handler asks, the approver approves)
 * → a reply with one item 予以公开 and one 不予公开 (保护第三方合法权益), i.e. 部分公开 → 审核 →
 * 签发 → the letter's print page and DOCX → delivery by post → a 行政复议 → /staff/statistics
 * (tables 三 and 四) → the applicant's progress lookup. The clock moves with the case, so every
 * date is a real past date (sessions lapse over days: staff sign in again). Every screen is scanned
 * by axe and photographed at desktop and phone width into CASES_SHOTS_DIR (default /tmp/cases-shots).
 * One backend (PGlite): the same walk over HTTP runs on both backends in cases.e2e.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createLogger } from '../../app/logger.ts';
import type { Db } from '../../db/db.ts';
import { launchBrowser, seriousViolations } from '../../../test/browser.ts';
import { insertTestOrgans, openTestDb, testEnv } from '../../../test/portal.ts';
import { insertTestAccount, movableClock, STAFF_PASSWORD } from '../../../test/staff.ts';
import { createApp } from '../app.ts';
import { modulesWithApplication } from '../apply/apply.test-support.ts';

const SHOTS = process.env.CASES_SHOTS_DIR ?? '/tmp/cases-shots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const ROLES = { handler: '王专员', reviewer: '李审核', approver: '赵局长' } as const;
type Role = keyof typeof ROLES;

describe('a case from the portal form to 行政复议 and the statistics, in a real browser', () => {
  let db: Db;
  let server: ServerType;
  let url = '';
  let browser: Browser;
  let organId = 0;
  let caseUrl = '';
  let caseNumber = '';
  let queryCode = '';
  const clock = movableClock('2024-09-27T02:00:00Z');
  const staff = new Map<Role, { context: BrowserContext; page: Page; signedInAt: string }>();

  /** No serious/critical axe findings, no sideways scrolling on a phone; desktop and phone screenshots. */
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

  /** The page of a staff member, signed in (again) when the clock has moved since the last sign-in. */
  const as = async (role: Role): Promise<Page> => {
    let entry = staff.get(role);
    if (!entry) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
      entry = { context, page: await context.newPage(), signedInAt: '' };
      staff.set(role, entry);
    }
    if (entry.signedInAt !== clock.now().toISOString()) {
      await entry.context.clearCookies();
      await entry.page.goto(`${url}/staff/login`);
      await entry.page.fill('#field-username', role);
      await entry.page.fill('#field-password', STAFF_PASSWORD);
      await Promise.all([
        entry.page.waitForURL(`${url}/staff`),
        entry.page.click('main button[type="submit"]'),
      ]);
      entry.signedInAt = clock.now().toISOString();
    }
    return entry.page;
  };

  /** Opens an action's <details> on the case page. */
  const openAction = (page: Page, action: string) =>
    page
      .locator('details.case-action', { has: page.locator(`#form-${action}`) })
      .locator('summary')
      .click();

  /** Opens the action's form on the case page, fills it in and submits it; expects the success notice. */
  const act = async (
    role: Role,
    action: string,
    fill: (page: Page) => Promise<void> = () => Promise.resolve(),
  ) => {
    const page = await as(role);
    await page.goto(caseUrl);
    await openAction(page, action);
    await fill(page);
    await Promise.all([
      page.waitForURL(new RegExp(`\\?done=${action}$`)),
      page.click(`#form-${action} button[type="submit"]`),
    ]);
    await expect(page.locator('.notice-success').textContent(), action).resolves.toContain('已完成');
    return page;
  };

  /** 登记 of an application handed in at the counter (当面), on the staff intake form. */
  const registerAtCounter = async (page: Page, name: string, receivedOn: string, items: string) => {
    await page.goto(`${url}/staff/cases/new`);
    await page.selectOption('#field-channel', 'counter');
    await page.fill('#field-receivedOn', receivedOn);
    await page.selectOption('#field-kind', 'naturalPerson');
    await page.fill('#field-name', name);
    await page.selectOption('#field-idType', 'residentIdCard');
    await page.fill('#field-idNumber', '11010519491231002X');
    await page.fill('#field-phone', '13800138000');
    await page.fill('#field-items', items);
    await page.selectOption('#field-provisionForm', 'paper');
    await page.selectOption('#field-obtainWay', 'inPerson');
    await page.click('main form button[type="submit"]');
    await expect(page.locator('h1').textContent()).resolves.toBe('申请已登记');
  };

  beforeAll(async () => {
    db = await openTestDb();
    organId = (await insertTestOrgans(db)).finance;
    for (const role of Object.keys(ROLES) as Role[]) {
      await insertTestAccount(db, role, [{ organId, role }], { displayName: ROLES[role] });
    }
    const app = createApp(
      { db, clock, env: testEnv({ maxUploadBytes: 24 * 1024 * 1024 }), logger: createLogger('silent') },
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
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await db?.close();
  });

  it('takes an application on the portal form (2024-09-27) and shows the receipt', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${url}/o/czj/gk/apply/form`);
    await look(page, '01-apply-form');
    await page.check('#field-kind');
    await page.fill('#field-personName', '张三');
    await page.fill('#field-idNumber', '11010519491231002X');
    await page.fill('#field-phone', '13800138000');
    await page.fill('#field-address', '山东省淄博市博山区某路1号');
    await page.fill('#field-postcode', '255200');
    await page.fill('#field-items', '2024年某道路改造工程招标文件\n该工程的中标通知书');
    await page.check('#field-provisionForm');
    await page.check('#field-obtainWay');
    await page.check('#field-declaration');
    await page.click('button:has-text("提交申请")');
    await page.waitForSelector('#query-code');
    caseNumber = ((await page.locator('#case-number').textContent()) ?? '').trim();
    queryCode = ((await page.locator('#query-code').textContent()) ?? '').trim();
    expect(queryCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await look(page, '02-apply-receipt');
    await context.close();
  });

  it('shows the new case in the queue and on its page with a running deadline', async () => {
    const page = await as('handler');
    await page.goto(`${url}/staff/cases`);
    await expect(page.locator('.cases-table').textContent()).resolves.toContain(caseNumber);
    await expect(page.locator('.cases-table').textContent()).resolves.toContain('张*');
    await look(page, '03-queue-new');
    await Promise.all([
      page.waitForURL(/\/staff\/cases\/\d+$/),
      page.click(`.cases-table a:has-text("${caseNumber}")`),
    ]);
    caseUrl = page.url();
    await expect(page.locator('h1').textContent()).resolves.toBe(caseNumber);
    // 2024-09-27 (Fri) + 20 working days: 9/29 (Sun) and 10/12 (Sat) worked, 国庆 10/1–10/7 off
    await expect(page.locator('#deadline-title').textContent()).resolves.toContain('2024年10月30日');
    await expect(page.locator('.deadline-steps li').count()).resolves.toBeGreaterThan(0);
    await look(page, '03-case-registered');
  });

  it('asks for 补正 (2024-09-30) and receives it (2024-10-10)', async () => {
    clock.set('2024-09-30T02:00:00Z');
    const page = await act('handler', 'requestCorrection', async (p) => {
      await p.fill('#requestCorrection-missing', '请写明工程名称');
      await p.fill('#requestCorrection-correctBy', '2024-10-15');
    });
    await expect(page.locator('#deadline-title').textContent()).resolves.toContain('补正中');
    await look(page, '04-case-correction');
    clock.set('2024-10-10T02:00:00Z');
    await act('handler', 'receiveCorrection');
  });

  it('consults the third party, who objects (2024-10-10 → 2024-10-21)', async () => {
    const page = await act('handler', 'sendConsultation', async (p) => {
      await p.selectOption('#sendConsultation-party', 'thirdParty');
      await p.fill('#sendConsultation-partyName', '某建设公司');
      await p.fill('#sendConsultation-matter', '投标报价');
    });
    await expect(page.locator('#deadline-title').textContent()).resolves.toContain('期限中止');
    await look(page, '05-case-consultation');
    clock.set('2024-10-21T02:00:00Z');
    await act('handler', 'recordConsultationAnswer', async (p) => {
      await p.selectOption('#recordConsultationAnswer-opinion', 'object');
      await p.fill('#recordConsultationAnswer-note', '涉及商业秘密');
    });
  });

  it('extends the deadline: the handler asks, the approver approves', async () => {
    await act('handler', 'requestExtension', async (p) => {
      await p.fill('#requestExtension-reason', '需进一步核查');
    });
    const reviewer = await as('reviewer');
    await reviewer.goto(caseUrl);
    await expect(reviewer.locator('#form-approveExtension').count()).resolves.toBe(0);
    await act('approver', 'approveExtension');
  });

  it('drafts a 部分公开 reply, which is reviewed and signed', async () => {
    const page = await act('handler', 'draftReply', async (p) => {
      await p.selectOption('#draftReply-item1Decision', 'granted');
      await p.fill('#draftReply-item1How', '随本答复书寄送');
      await p.selectOption('#draftReply-item2Decision', 'withheld.thirdPartyRights');
      await p.fill('#draftReply-item2Reason', '涉及第三方商业秘密，第三方不同意公开');
    });
    await page
      .locator('details.case-action', { has: page.locator('#form-submitForReview') })
      .locator('summary')
      .click();
    await page
      .locator('details.case-action', { has: page.locator('#form-draftReply') })
      .locator('summary')
      .click();
    await look(page, '06-case-drafting');
    await act('handler', 'submitForReview');
    const review = await as('reviewer');
    await review.goto(caseUrl);
    await review
      .locator('details.case-action', { has: review.locator('#form-approveReview') })
      .locator('summary')
      .click();
    await look(review, '07-case-review');
    await act('reviewer', 'approveReview', async (p) => {
      await p.fill('#approveReview-comment', '同意');
    });
    const signed = await act('approver', 'sign');
    await expect(signed.locator('.page-lead').textContent()).resolves.toContain('待送达');
  });

  it('prints the reply letter and downloads it as DOCX', async () => {
    const page = await as('handler');
    await page.goto(caseUrl);
    await look(page, '08-case-to-deliver');
    const reply = page.locator('.letter-list li').last();
    await expect(reply.textContent()).resolves.toContain('答复');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reply.locator('a:has-text("DOCX")').click(),
    ]);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    await Promise.all([
      page.waitForURL(/\/letters\/\d+$/),
      reply.locator('a:has-text("查看、打印")').click(),
    ]);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('中标通知书');
    expect(text).toMatch(/不予公开/);
    expect(text).toMatch(/第三方/);
    expect(text).toContain('行政复议');
    await look(page, '09-letter-reply');
  });

  it('records delivery by post (the tracking number is required), which closes the case', async () => {
    const refused = await as('handler');
    await refused.goto(caseUrl);
    await openAction(refused, 'recordDelivery');
    await refused.selectOption('#recordDelivery-method', 'post');
    await refused.click('#form-recordDelivery button[type="submit"]');
    await expect(refused.locator('#form-recordDelivery .field-error').first().textContent()).resolves.toMatch(
      /单号/,
    );
    await expect(refused.locator('details.case-action[open] #form-recordDelivery').count()).resolves.toBe(1);
    await look(refused, '10-case-action-error');
    const page = await act('handler', 'recordDelivery', async (p) => {
      await p.selectOption('#recordDelivery-method', 'post');
      await p.fill('#recordDelivery-trackingNumber', 'XA123456789CN');
    });
    await expect(page.locator('.page-lead').textContent()).resolves.toMatch(/已办结.*部分公开/);
    await expect(page.locator('.timeline').textContent()).resolves.toContain('XA123456789CN');
  });

  it('records a 行政复议 (2024-11-20) and shows it on the closed case', async () => {
    clock.set('2024-11-20T02:00:00Z');
    const page = await act('handler', 'recordReview', async (p) => {
      await p.selectOption('#recordReview-reviewKind', 'review');
      await p.fill('#recordReview-body', '甲区人民政府');
    });
    await expect(page.locator('#reviews-title').textContent()).resolves.toContain('行政复议');
    await look(page, '11-case-closed');
  });

  it('registers two 当面 applications that are due soon and overdue, and shows them in the queues', async () => {
    const page = await as('handler');
    await page.goto(`${url}/staff/cases`);
    await Promise.all([page.waitForURL(/\/staff\/cases\/new$/), page.click('a:has-text("登记申请")')]);
    await look(page, '12-intake-form');
    await registerAtCounter(page, '李四', '2024-10-08', '2024年第三季度财政预算执行情况');
    await registerAtCounter(page, '王五', '2024-10-28', '某小区旧改项目的立项批复');
    await look(page, '13-intake-receipt');
    await page.goto(`${url}/staff/cases?queue=overdue`);
    await expect(page.locator('.cases-table tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('.cases-table').textContent()).resolves.toContain('已逾期');
    await Promise.all([page.waitForURL(/\/staff\/cases\/\d+$/), page.click('.cases-table tbody a')]);
    await expect(page.locator('.deadline-box').getAttribute('class')).resolves.toContain('deadline-overdue');
    await look(page, '14-case-overdue');
    await page.goto(`${url}/staff/cases?queue=dueSoon`);
    await expect(page.locator('.cases-table tbody tr').count()).resolves.toBe(1);
    await Promise.all([page.waitForURL(/\/staff\/cases\/\d+$/), page.click('.cases-table tbody a')]);
    await expect(page.locator('.deadline-box').getAttribute('class')).resolves.toContain('deadline-dueSoon');
    await look(page, '15-case-due-soon');
    await page.goto(`${url}/staff/cases?queue=all`);
    await expect(page.locator('.cases-table tbody tr').count()).resolves.toBe(3);
    await look(page, '16-queue-all');
  });

  it('counts the case in table 三 as 部分公开 of a 自然人 and the review in table 四', async () => {
    const page = await as('handler');
    await page.goto(`${url}/staff/statistics?organ=${organId}&year=2024`);
    await expect(page.locator('.stat-check').textContent()).resolves.toContain('全部相符');
    const partly = page.locator('table').first().locator('tr', { hasText: '部分公开' });
    const cells = (await partly.first().locator('td').allTextContents())
      .map((s) => s.trim())
      .filter((s) => /^\d+$/.test(s));
    expect(cells).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    // 表四: 行政复议 结果维持, 结果纠正, 其他结果, 尚未审结, 总计; then 行政诉讼 (none)
    const review = (
      await page.locator('table.gk-table-reviewLitigation tbody tr').last().locator('td').allTextContents()
    ).map((s) => s.trim());
    expect(review).toEqual(['0', '0', '0', '1', '1', ...Array<string>(10).fill('0')]);
    await look(page, '17-statistics');
  });

  it('tells the applicant on the portal that the case is closed', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${url}/track`);
    await page.fill('#field-caseNumber', caseNumber);
    await page.fill('#field-queryCode', queryCode);
    await page.click('button:has-text("查询")');
    await expect(page.locator('#case-status').textContent()).resolves.toContain('办结');
    await expect(page.locator('.ap-track').textContent()).resolves.toContain('答复书');
    await look(page, '18-track-result');
    await context.close();
  });
});
