/**
 * Issue 12's "Done when", in a real browser: the demo district through a year. What is not the
 * subject of the walk is seeded through the app's use cases (the demo organ tree, two people, the
 * year's applications of 区教育局 and 城东街道 from the demo stories). In the browser: 区教育局
 * publishes a 规范性文件 with its 解读, closes a case (送达), enters table 二's figures and drafts its
 * 2025 report from the records, which is checked, submitted, approved (签发) and published; 城东街道
 * does the same with its report; then 区政府 rolls the two up 「由下级机关汇总」, the roll-up has no
 * checker error and is published, and its tables (read from /api/v1) are the sum of the organs'.
 * The report item page gets an axe scan. Screenshots go to SCREENSHOT_DIR.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from '../../../test/browser.ts';
import { openTestDb, testEnv } from '../../../test/portal.ts';
import { insertTestAccount, movableClock, STAFF_PASSWORD } from '../../../test/staff.ts';
import { loadDemoYearCases } from '../../app/demo/demo-year-cases.ts';
import { YEAR_STORIES, type YearStory } from '../../app/demo/demo-year-stories.ts';
import { ensureDemoOrgans } from '../../app/demo/demo-organs.ts';
import { createLogger } from '../../app/logger.ts';
import type { Db } from '../../db/db.ts';
import { findOrganBySlug } from '../../db/queries/organs.ts';
import type { Report2021 } from '../../domain/report/model.ts';
import { createApp } from '../app.ts';

const DESKTOP = { width: 1280, height: 900 };
const WALKED = ['jyj', 'chengdong'] as const;
/** Part 五 as an organ writes it: the platform drafts the other five parts from its records. */
const PART_FIVE =
  '一是个别申请的答复说理还不够充分；二是政策解读形式较为单一。下一步将加强答复文书审核，丰富图解、问答等解读形式。';

/** A 2025 application of 区教育局 answered and signed, waiting to be delivered (closed in the browser). */
const ANSWERED = YEAR_STORIES.find((s) => s.organ === 'jyj' && s.received === '09-22')!;
const TO_DELIVER: YearStory = {
  ...ANSWERED,
  received: '12-01',
  steps: (...args) => ANSWERED.steps(...args).filter((step) => step.kind !== 'delivered'),
};

/** Adds the numbers of each cell of equal-shaped JSON values (null + n = n: a blank cell adds nothing). */
function sum(values: readonly unknown[]): unknown {
  const first = values.find((v) => v !== null && v !== undefined);
  if (typeof first === 'number') {
    return values.reduce<number>((n, v) => n + (typeof v === 'number' ? v : 0), 0);
  }
  if (Array.isArray(first)) {
    return first.map((_, i) => sum(values.map((v) => (v as unknown[])[i])));
  }
  if (first !== null && typeof first === 'object') {
    return Object.fromEntries(
      Object.keys(first).map((k) => [k, sum(values.map((v) => (v as Record<string, unknown>)[k]))]),
    );
  }
  return first ?? null;
}

describe('the demo district through a year, in a real browser', { timeout: 240_000 }, () => {
  let db: Db;
  let server: ServerType;
  let url = '';
  let browser: Browser;
  const organIds = new Map<string, number>();
  const people = new Map<'drafter' | 'signer', { context: BrowserContext; page: Page }>();

  const as = async (who: 'drafter' | 'signer'): Promise<Page> => {
    const known = people.get(who);
    if (known) {
      return known.page;
    }
    const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${url}/staff/login`);
    await page.fill('#field-username', who);
    await page.fill('#field-password', STAFF_PASSWORD);
    await Promise.all([page.waitForURL(`${url}/staff`), page.click('main button[type="submit"]')]);
    people.set(who, { context, page });
    return page;
  };

  /** Fills and saves the item editor; returns the new item's page URL. */
  const draftItem = async (slug: string, fill: (p: Page) => Promise<void>): Promise<string> => {
    const page = await as('drafter');
    await page.goto(`${url}/staff/items/new?organ=${organIds.get(slug)}`);
    await fill(page);
    await Promise.all([
      page.waitForURL(/\/staff\/items\/\d+\?done=/),
      page.click('form.item-editor button[type="submit"]'),
    ]);
    return page.url().replace(/\?.*$/, '');
  };

  /** One workflow step on an item page (the action's own form). */
  const act = async (
    who: 'drafter' | 'signer',
    itemUrl: string,
    action: string,
    fill: (p: Page) => Promise<void> = async () => {},
  ) => {
    const page = await as(who);
    await page.goto(itemUrl);
    await fill(page);
    await Promise.all([
      page.waitForNavigation(),
      page.click(`form[action$="/act/${action}"] button[type="submit"]`),
    ]);
    expect(page.url(), `${action} ${itemUrl}`).toContain('?done=');
    return page;
  };
  const review = (itemUrl: string) =>
    act('drafter', itemUrl, 'approveReview', async (p) => {
      await p.check('#approveReview-secrecy');
      await p.check('#approveReview-disclosure');
      await p.check('#approveReview-accuracy');
    });

  /** Drafts the organ's 2025 report (from records, or rolled up) and takes it to 已发布. */
  const publishReport = async (
    slug: string,
    source: 'records' | 'rollup',
    include: readonly string[] = [],
  ) => {
    const itemUrl = await draftItem(slug, async (p) => {
      await p.selectOption('#field-kind', 'annualReport');
      await p.fill('#field-title', `${slug} 2025年政府信息公开工作年度报告`);
      await p.selectOption('#field-genre', '报告');
      await p.fill('#field-body', '全文见附件。');
      await p.fill('#field-reportYear', '2025');
      await p.check(`#report-${source}`);
      if (source === 'rollup') {
        for (const box of await p.locator('#field-rollupOrgans input[type="checkbox"]').all()) {
          const value = await box.getAttribute('value');
          await box.setChecked(include.some((s) => String(organIds.get(s)) === value));
        }
      }
    });
    const page = await as('drafter');
    // checked on save: the item page lists the checker's findings; none is an error
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/错误\s*[1-9]|发现错误/);
    // edited: part 五 (存在的主要问题及改进情况) is never drafted — the organ writes it
    await page.goto(`${itemUrl}/prose`);
    await page.fill('#field-part-problems', PART_FIVE);
    await Promise.all([
      page.waitForURL(/\?done=prose/),
      page.click('form.prose-editor button[type="submit"]'),
    ]);
    // checked again on save: part 五 is there now, so its warning (and any error) is gone
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/错误\s*[1-9]|发现错误|报告缺少「五/);
    await act('drafter', itemUrl, 'submitForReview');
    await review(itemUrl);
    const signed = await act('signer', itemUrl, 'sign');
    await expect(signed.locator('.page-lead').textContent()).resolves.toContain('已发布');
    return itemUrl;
  };

  const apiReport = async (slug: string): Promise<Report2021> => {
    const response = await fetch(`${url}/api/v1/organs/${slug}/reports/2025`);
    expect(response.status, slug).toBe(200);
    return (await response.json()) as Report2021;
  };

  beforeAll(async () => {
    db = await openTestDb();
    const clock = movableClock('2026-01-08T02:00:00Z');
    await ensureDemoOrgans({ db, clock });
    for (const slug of ['boshan', ...WALKED]) {
      organIds.set(slug, (await findOrganBySlug(db, slug))!.id);
    }
    const grants = (role: 'handler' | 'reviewer' | 'approver') =>
      [...organIds.values()].map((organId) => ({ organId, role }));
    await insertTestAccount(db, 'drafter', [...grants('handler'), ...grants('reviewer')]);
    await insertTestAccount(db, 'signer', grants('approver'));
    const deps = { db, clock, env: testEnv(), print: () => undefined };
    await loadDemoYearCases(deps, [
      ...YEAR_STORIES.filter((s) => WALKED.some((w) => w === s.organ)),
      TO_DELIVER,
    ]);
    const app = createApp({ db, clock, env: testEnv(), logger: createLogger('silent') });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const address = server.address();
    url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await db?.close();
  });

  it('区教育局 publishes a 规范性文件 with its 解读 and closes a case', async () => {
    const documentUrl = await draftItem('jyj', async (p) => {
      await p.selectOption('#field-kind', 'normative');
      await p.fill('#field-title', '博山区中小学校课后服务管理办法');
      await p.fill('#field-docNumber', '博教发〔2025〕30号');
      await p.fill('#field-writtenOn', '2025-12-22');
      await p.selectOption('#field-genre', '通知');
      await p.selectOption('#field-validity', 'inForce');
      await p.fill('#field-body', '第一条 为规范中小学校课后服务，制定本办法。');
    });
    const documentId = documentUrl.split('/').pop()!;
    const interpretationUrl = await draftItem('jyj', async (p) => {
      await p.selectOption('#field-kind', 'interpretation');
      await p.fill('#field-title', '《博山区中小学校课后服务管理办法》解读');
      await p.selectOption('#field-genre', '解读');
      await p.selectOption('#field-documents', documentId);
      await p.fill('#field-body', '一、起草背景。二、主要内容。');
    });
    for (const itemUrl of [documentUrl, interpretationUrl]) {
      await act('drafter', itemUrl, 'submitForReview');
      await review(itemUrl);
    }
    const signed = await act('signer', documentUrl, 'sign');
    await expect(signed.locator('main').innerText()).resolves.toContain('现行有效');

    const page = await as('drafter');
    const open = await db.query<{ id: number }>(
      "SELECT id FROM cases WHERE status = 'toDeliver' AND organ_id = $1",
      [organIds.get('jyj')],
    );
    await page.goto(`${url}/staff/cases/${open[0]!.id}`);
    await page.locator('summary', { hasText: '登记送达并办结' }).click();
    await page.fill('#recordDelivery-on', '2025-12-29');
    await page.selectOption('#recordDelivery-method', 'email');
    await Promise.all([
      page.waitForURL(/\?done=recordDelivery$/),
      page.click('#form-recordDelivery button[type="submit"]'),
    ]);
  });

  it('each organ enters table 二 and publishes its report drafted from the records', async () => {
    const page = await as('drafter');
    for (const [slug, licensing] of [
      ['jyj', '126'],
      ['chengdong', '18'],
    ] as const) {
      await page.goto(`${url}/staff/statistics/figures?organ=${organIds.get(slug)}&year=2025`);
      await page.fill('#field-licensing', licensing);
      await page.fill('#field-penalties', '2');
      await page.fill('#field-coercion', '0');
      await page.fill('#field-feesWanYuan', '0');
      await page.fill('#field-sourceSystem', '省一体化政务服务平台');
      await Promise.all([page.waitForLoadState(), page.click('form.panel button[type="submit"]')]);
      await expect(page.locator('main').innerText()).resolves.toContain('已保存');
      const itemUrl = await publishReport(slug, 'records');
      if (slug === 'jyj') {
        const item = await as('drafter');
        await item.goto(itemUrl);
        expect(await seriousViolations(item), 'report item page').toEqual([]);
        await screenshot(item, 'report-year-item');
      }
    }
    const jyj = await apiReport('jyj');
    expect(jyj.proactive!.normativeDocuments).toEqual({ issued: 1, repealed: 0, inForce: 1 });
    expect(jyj.proactive!.licensing.decisions).toBe(126);
  });

  it('区政府 rolls the organs up; the published 全区 report is their sum', async () => {
    await publishReport('boshan', 'rollup', WALKED);
    const [district, ...organs] = await Promise.all(['boshan', ...WALKED].map(apiReport));
    expect(district!.applications).toEqual(sum(organs.map((r) => r.applications)));
    expect(district!.reviewLitigation).toEqual(sum(organs.map((r) => r.reviewLitigation)));
    expect(district!.proactive).toEqual(sum(organs.map((r) => r.proactive)));
    expect(district!.applications!.newlyReceived[6]).toBeGreaterThan(0);
    const portal = await as('signer');
    const response = await portal.goto(`${url}/o/boshan/gk/reports/2025`);
    expect(response?.status()).toBe(200);
    await screenshot(portal, 'report-year-portal');
  });
});
