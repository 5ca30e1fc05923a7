import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { Db } from '../../db/db.ts';
import { createTestApp, insertTestOrgans, openTestDb, type TestOrganIds } from '../../../test/portal.ts';
import { docxWith, peopleOf, submission } from '../../../test/publishing.ts';
import type { AppDeps } from '../../app/deps.ts';
import { addItemFile } from '../../app/publishing/item-files.ts';
import { performItemAction } from '../../app/publishing/perform-item-action.ts';
import { createItem } from '../../app/publishing/save-item.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import type { AppEnv } from '../context.ts';

const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };

describe('public 主动公开 pages', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  let deps: AppDeps;
  let ids: TestOrganIds;
  let docId = 0;
  let interpId = 0;
  let noticeId = 0;

  async function publish(who: ReturnType<typeof peopleOf>, id: number) {
    const v = async () => (await findItem(db, id))!.version;
    await performItemAction(deps, who.drafter, id, await v(), 'submitForReview', {});
    await performItemAction(deps, who.reviewer, id, await v(), 'approveReview', CHECKLIST);
  }

  beforeAll(async () => {
    db = await openTestDb();
    ids = await insertTestOrgans(db);
    ({ app, deps } = createTestApp(db));
    const people = peopleOf(ids.root);
    const doc = await createItem(
      deps,
      people.drafter,
      ids.root,
      submission(
        {
          kind: 'normative',
          title: '博山区城市绿化管理办法',
          docNumber: '博政发〔2026〕3号',
          keywords: '绿化',
          summary: '规范城市绿化管理',
        },
        { bodyFormat: 'html', body: '<h1>第一章</h1><p onclick="x()">总则<script>alert(1)</script></p>' },
      ),
    );
    docId = doc.ok ? doc.itemId : 0;
    await addItemFile(deps, people.drafter, docId, (await findItem(db, docId))!.version, {
      name: '../附件1 <b>.docx',
      bytes: await docxWith(['绿化名录']),
    });
    const interp = await createItem(
      deps,
      people.drafter,
      ids.root,
      submission(
        {
          kind: 'interpretation',
          title: '《博山区城市绿化管理办法》图解',
          genre: '解读',
          interpretationForm: 'graphic',
        },
        { documents: [String(docId)] },
      ),
    );
    interpId = interp.ok ? interp.itemId : 0;
    const notice = await createItem(
      deps,
      people.drafter,
      ids.root,
      submission({ kind: 'notice', title: '关于停水的通知' }),
    );
    noticeId = notice.ok ? notice.itemId : 0;
    for (const id of [docId, interpId, noticeId]) {
      await publish(people, id);
    }
    await performItemAction(deps, people.approver, docId, (await findItem(db, docId))!.version, 'sign', {});
    await performItemAction(
      deps,
      people.approver,
      noticeId,
      (await findItem(db, noticeId))!.version,
      'sign',
      {},
    );
    await performItemAction(
      deps,
      people.approver,
      noticeId,
      (await findItem(db, noticeId))!.version,
      'withdraw',
      { reason: '停水已结束' },
    );
  });
  afterAll(async () => {
    await deps.parsePool?.close();
    await db.close();
  });

  it('shows the item with its header table, 解读, attachment, print button and QR code', async () => {
    const res = await app.request(`/o/boshan/gk/items/${docId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const text of [
      '索引号',
      'ORG000001/2026-00001',
      '博政发〔2026〕3号',
      '现行有效',
      '相关解读',
      '《博山区城市绿化管理办法》图解',
      '图解',
      '打印本页',
      'data:image/png;base64,',
      '附件1 _b_.docx',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('onclick');
    expect(html).toContain('<h2>第一章</h2>');
    expect(html).toMatch(/<meta name="ArticleTitle" content="博山区城市绿化管理办法"/);
  });

  it('links the 解读 back to its document, lists the column and counts it on 法定主动公开内容', async () => {
    expect(await (await app.request(`/o/boshan/gk/items/${interpId}`)).text()).toContain('解读的文件');
    const column = await (await app.request('/o/boshan/gk/c/documents-2')).text();
    expect(column).toContain('博山区城市绿化管理办法');
    expect(column).toContain('共 1 条');
    const statutory = await (await app.request('/o/boshan/gk/statutory')).text();
    expect(statutory).toContain('href="/o/boshan/gk/c/documents-2"');
    expect(statutory).toContain('暂无公开信息');
  });

  it('serves the attachment of a published item only', async () => {
    const html = await (await app.request(`/o/boshan/gk/items/${docId}`)).text();
    const href = /href="(\/o\/boshan\/gk\/files\/\d+)"/.exec(html)![1]!;
    const res = await app.request(href);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    expect((await app.request(href.replace('/o/boshan/', '/o/czj/'))).status).toBe(404);
  });

  it('answers 410 with the reason for a withdrawn item, 404 for drafts and unknown ids, 301 for the wrong organ', async () => {
    const gone = await app.request(`/o/boshan/gk/items/${noticeId}`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('停水已结束');
    const draft = await createItem(
      deps,
      peopleOf(ids.root).drafter,
      ids.root,
      submission({ kind: 'notice', title: '草稿' }),
    );
    expect((await app.request(`/o/boshan/gk/items/${draft.ok ? draft.itemId : 0}`)).status).toBe(404);
    expect((await app.request('/o/boshan/gk/items/999999')).status).toBe(404);
    expect((await app.request('/o/boshan/gk/c/nope')).status).toBe(404);
    const moved = await app.request(`/o/czj/gk/items/${docId}`);
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`/o/boshan/gk/items/${docId}`);
  });

  it('filters the library by 有效性 and year, ignoring unknown values', async () => {
    expect(await (await app.request('/o/boshan/gk/library?validity=inForce&year=2026')).text()).toContain(
      '博山区城市绿化管理办法',
    );
    expect(await (await app.request('/o/boshan/gk/library?validity=repealed')).text()).toContain(
      '没有符合条件的文件',
    );
    const odd = await app.request(
      `/o/boshan/gk/library?validity=${encodeURIComponent("' OR 1=1 --")}&year=99999&page=%00`,
    );
    expect(odd.status).toBe(200);
    expect(await odd.text()).toContain('博山区城市绿化管理办法');
  });
});

describe('public 信息检索 pages', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  let deps: AppDeps;
  let ids: TestOrganIds;
  let docId = 0;

  beforeAll(async () => {
    db = await openTestDb();
    ids = await insertTestOrgans(db);
    ({ app, deps } = createTestApp(db));
    const people = peopleOf(ids.root);
    const doc = await createItem(
      deps,
      people.drafter,
      ids.root,
      submission(
        { kind: 'notice', title: '关于<b>城区</b>绿化养护的通知', docNumber: '博政发〔2026〕9号' },
        { body: '各街道：请做好行道树养护。<script>alert(1)</script>' },
      ),
    );
    docId = doc.ok ? doc.itemId : 0;
    const v = async () => (await findItem(db, docId))!.version;
    await performItemAction(deps, people.drafter, docId, await v(), 'submitForReview', {});
    await performItemAction(deps, people.reviewer, docId, await v(), 'approveReview', CHECKLIST);
    await performItemAction(deps, people.approver, docId, await v(), 'sign', {});
  });
  afterAll(async () => {
    await deps.parsePool?.close();
    await db.close();
  });

  it('finds a published item by 文号 in another bracket, marks the words and escapes the text', async () => {
    for (const path of ['/search', '/o/boshan/search']) {
      const res = await app.request(`${path}?q=${encodeURIComponent('博政发[2026]9号')}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`/o/boshan/gk/items/${docId}`);
      expect(html).toContain('找到 1 条信息');
      expect(html).not.toContain('style=');
    }
    const html = await (await app.request(`/search?q=${encodeURIComponent('养护')}`)).text();
    expect(html).toContain('<mark>养护</mark>');
    expect(html).toContain('&lt;b&gt;城区&lt;/b&gt;绿化<mark>养护</mark>');
    expect(html).not.toContain('<script>alert');
    expect(await (await app.request(`/o/chengdong/search?q=${encodeURIComponent('养护')}`)).text()).toContain(
      '找到 0 条信息',
    );
  });

  it('shows the form without a query, the header box everywhere, and Chinese messages for bad input', async () => {
    const empty = await app.request('/search');
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain('检索已公开的政府信息');
    expect(await (await app.request('/o/czj/gk')).text()).toContain('action="/o/czj/search"');
    for (const [query, message] of [
      ['q=', '请输入检索词'],
      [`q=${'政'.repeat(10_000)}`, '检索词过长'],
      ['q=%E5%85%AC&genre=%E4%B9%B1', '体裁没有'],
      ['q=%E5%85%AC&after=1000000', '翻页参数无效'],
      ['q=%E5%85%AC&from=2026-02-30', '发布日期须是日期'],
    ] as const) {
      const res = await app.request(`/search?${query}`);
      expect(res.status, query.slice(0, 40)).toBe(422);
      expect(await res.text()).toContain(message);
    }
    for (const query of [
      'q=%27%26%7C!%3A*%5C',
      'q=%EF%BC%8C%E3%80%82',
      'q=%ED%A0%80%E6%94%BF',
      'q=x&after=0.1',
    ]) {
      const res = await app.request(`/search?${query}`);
      expect(res.status, query).toBe(200);
      expect(await res.text()).toContain('没有');
    }
  });
});
