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
