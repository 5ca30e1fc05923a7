/**
 * Issue 11's "Done when", in a real browser (with an axe scan of each result page): a reader types
 * into the portal's 信息检索 form a 文号 with ASCII brackets ([2024] and (2024)), a two-character
 * word, and a phrase that is only inside a PDF attachment (a real PDF made by pdfkit with a CJK
 * font, its text read by the platform's own extraction), and finds the item each time with the
 * matched words marked; after the item is withdrawn (the real use case), the same searches find
 * nothing. The same item is then looked up through GET /api/v1/search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchBrowser,
  screenshot,
  seriousViolations,
  startTestServer,
  type TestServer,
} from '../../../test/browser.ts';
import { peopleOf, submission } from '../../../test/publishing.ts';
import { ensureDemoOrgans } from '../../app/demo/demo-organs.ts';
import { addItemFile } from '../../app/publishing/item-files.ts';
import { performItemAction } from '../../app/publishing/perform-item-action.ts';
import { createItem } from '../../app/publishing/save-item.ts';
import type { AppDeps } from '../../app/deps.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { ItemAction } from '../../domain/publishing/transitions.ts';
import { DEFAULT_GAZETTE_FONT, defaultFace } from '../../io/publishing/gazette-font.ts';

const TITLE = '关于推进社区智慧养老服务的通知';
const DOC_NUMBER = '博政办发〔2024〕17号';
const PDF_PHRASE = '助餐点每日供应老年餐';
const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };

/** A one-page PDF whose text layer holds `lines` (pdfkit, Noto CJK). */
function pdfWith(lines: readonly string[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { Title: '实施方案' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.font(DEFAULT_GAZETTE_FONT, defaultFace(DEFAULT_GAZETTE_FONT)!).fontSize(14);
    for (const line of lines) {
      doc.text(line);
    }
    doc.end();
  });
}

/** Publishes the item with its PDF attachment through the use cases; returns its id. */
async function publishItem(deps: AppDeps, organId: number): Promise<number> {
  const people = peopleOf(organId);
  const made = await createItem(
    deps,
    people.drafter,
    organId,
    submission(
      { kind: 'notice', title: TITLE, docNumber: DOC_NUMBER, summary: '部署社区养老服务。' },
      { body: '各街道办事处：现将有关事项通知如下。' },
    ),
  );
  if (!made.ok) {
    throw new Error(`not created: ${JSON.stringify(made)}`);
  }
  const id = made.itemId;
  const version = async () => (await findItem(deps.db, id))!.version;
  const pdf = await pdfWith(['社区智慧养老服务实施方案', `一、${PDF_PHRASE}，由街道统一配送。`]);
  const attached = await addItemFile(deps, people.drafter, id, await version(), {
    name: '实施方案.pdf',
    bytes: pdf,
  });
  if (!attached.ok) {
    throw new Error(`not attached: ${JSON.stringify(attached)}`);
  }
  await act(deps, people.drafter, id, 'submitForReview', {});
  await act(deps, people.reviewer, id, 'approveReview', CHECKLIST);
  await act(deps, people.approver, id, 'sign', {});
  return id;
}

async function act(deps: AppDeps, who: Actor, id: number, action: ItemAction, form: Record<string, string>) {
  const done = await performItemAction(deps, who, id, (await findItem(deps.db, id))!.version, action, form);
  if (!done.ok) {
    throw new Error(`${action} refused: ${JSON.stringify(done)}`);
  }
}

describe('信息检索 "Done when" in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let itemId = 0;
  let organId = 0;

  beforeAll(async () => {
    server = await startTestServer({ bootstrap: (deps) => ensureDemoOrgans(deps).then(() => undefined) });
    const [organ] = await server.deps.db.query<{ id: number }>("SELECT id FROM organs WHERE slug = 'boshan'");
    organId = organ!.id;
    itemId = await publishItem(server.deps, organId);
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Types `query` into the search form and submits it; returns the hits' texts and marked words. */
  async function searchFor(page: Page, query: string) {
    await page.goto(`${server.url}/search`);
    await page.fill('#q', query);
    await Promise.all([page.waitForURL(/\/search\?/), page.click('.pt-search-form button[type=submit]')]);
    const hits = page.locator('.pt-search-hits > li');
    const count = await hits.count();
    const found = [];
    for (let i = 0; i < count; i += 1) {
      const hit = hits.nth(i);
      found.push({
        href: (await hit.locator('h2 a').getAttribute('href')) ?? '',
        text: (await hit.textContent()) ?? '',
        marks: await hit.locator('mark').allTextContents(),
      });
    }
    return found;
  }

  async function check(page: Page, name: string) {
    expect(await seriousViolations(page), name).toEqual([]);
    await screenshot(page, name);
  }

  it('finds the item by a 文号 typed with ASCII brackets, a two-character word and a phrase inside its PDF', async () => {
    const page = await context.newPage();
    const href = `/o/boshan/gk/items/${itemId}`;
    for (const [query, marked, name] of [
      ['[2024]17号', '〔2024〕17号', 'search-doc-number-square'],
      ['(2024)17号', '〔2024〕17号', 'search-doc-number-round'],
      ['养老', '养老', 'search-two-characters'],
      [PDF_PHRASE, PDF_PHRASE, 'search-pdf-phrase'],
    ] as const) {
      const hits = await searchFor(page, query);
      const hit = hits.find((h) => h.href === href);
      expect(hit, query).toBeDefined();
      expect(hit!.marks, query).toContain(marked);
      await check(page, name);
    }
    const inPdf = (await searchFor(page, PDF_PHRASE)).find((h) => h.href === href)!;
    expect(inPdf.text).toContain('附件《实施方案.pdf》');
    await page.close();
  });

  it('no longer finds the item once it is withdrawn', async () => {
    await act(server.deps, peopleOf(organId).approver, itemId, 'withdraw', { reason: '内容已调整' });
    const page = await context.newPage();
    for (const query of ['[2024]17号', '养老', PDF_PHRASE]) {
      const hits = await searchFor(page, query);
      expect(
        hits.map((h) => h.href),
        query,
      ).not.toContain(`/o/boshan/gk/items/${itemId}`);
    }
    await expect(page.locator('.pt-search-advice, main').first().textContent()).resolves.toBeTruthy();
    await check(page, 'search-after-withdrawal');
    const api = await page.request.get(`${server.url}/api/v1/search?q=${encodeURIComponent(PDF_PHRASE)}`);
    expect(api.status()).toBe(200);
    expect(((await api.json()) as { hits: unknown[] }).hits).toEqual([]);
    await page.close();
  });
});
