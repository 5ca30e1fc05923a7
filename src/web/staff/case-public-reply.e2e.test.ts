/**
 * 「公开此答复」 / 「撤回公开」 over HTTP (decision 034): only after the case is closed, only by 审核人,
 * 领导（签发） or 管理员 of the case's organ, behind CSRF, with the personal-data check required;
 * the applicant's data never reaches the portal or the index, hostile text is shown as text, a double
 * submit publishes once, and a withdrawn reply is gone from the portal, its feeds, the sitemap and
 * search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetPublishedVersion } from '../../app/open-data/file-cache.ts';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestAccount, type TestClient as Client } from '../../../test/staff.ts';
import { startCaseWalk, WALK_APPLICANT, type CaseWalk } from './case-walk.test-support.ts';

const PERSONAL = [WALK_APPLICANT.name, WALK_APPLICANT.idNumber, WALK_APPLICANT.phone, '某路1号'];
/** A phrase of the reply letter (the requested item, named in the 答复书). */
const PHRASE = '道路改造工程招标文件';

for (const backend of await backends()) {
  describe(`「公开此答复」 (${backend.name})`, () => {
    let t: TestDb;
    let w: CaseWalk;
    let page = '';
    let supervisor: Client;

    const publicRows = async () =>
      (
        await t.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM public_replies WHERE withdrawn_at IS NULL',
        )
      )[0]!.n;
    const auditOf = async (action: string) =>
      (
        await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE action = $1', [
          action,
        ])
      )[0]!.n;
    const publish = (client: Client, fields: Record<string, string>) =>
      client.post(page, fields, { csrfFrom: page });
    /** Whether the replies feeds and the sitemap list the reply page `path` (a fresh sitemap key). */
    const listedIn = async (path: string) => {
      forgetPublishedVersion(t.db);
      const text = async (url: string) => (await w.anonymous.get(url)).text();
      return {
        rss: (await text('/o/jia-jyj/gk/replies/rss.xml')).includes(`<link>${path}</link>`),
        atom: (await text('/o/jia-jyj/gk/replies/atom.xml')).includes(`href="${path}"`),
        sitemap: (await text('/sitemap.xml')).includes(`<loc>${path}</loc>`),
      };
    };
    const searchHtml = async (q: string, kind = '') =>
      (
        await w.anonymous.get(`/search?q=${encodeURIComponent(q)}${kind === '' ? '' : `&kind=${kind}`}`)
      ).text();

    beforeAll(async () => {
      t = await backend.open();
      w = await startCaseWalk(t);
      page = `/staff/cases/${w.caseId}/public-reply`;
      // 上级监督 of the district reads the organ's cases but does not publish for it
      await insertTestAccount(t.db, 'supervisor', [{ organId: w.tree.district, role: 'supervisor' }]);
      supervisor = w.newClient();
      await supervisor.logIn('supervisor');
    });
    afterAll(async () => t.dispose());

    it('refuses before the case is closed', async () => {
      await w.walkTo('toDeliver');
      const html = await (await w.reviewer.get(page)).text();
      expect(html).toContain('案件办结后才能公开答复');
      const res = await w.reviewer.post(page, {
        _csrf: csrfFromHtml(html),
        confirmMasked: 'yes',
        text: '答复',
        summary: '摘要',
      });
      expect(res.status).toBe(409);
      expect(await publicRows()).toBe(0);
    });

    it('offers the closed case’s reply masked, to publishers of the organ only', async () => {
      const done = await w.act(w.handler, 'recordDelivery', {
        method: 'post',
        trackingNumber: 'XA123456789CN',
      });
      expect(done.status).toBe(303);
      const casePage = await (await w.reviewer.get(`/staff/cases/${w.caseId}`)).text();
      expect(casePage).toContain(`href="${page}"`);
      const html = await (await w.reviewer.get(page)).text();
      expect(html).toContain('公开此答复');
      expect(html).toContain(PHRASE);
      for (const value of PERSONAL) {
        expect(html).not.toContain(value);
      }
      // the 公开专员 sees the page but may not publish; another organ's staff and strangers see nothing
      const handlerPage = await (await w.handler.get(page)).text();
      expect(handlerPage).toContain('公开答复须由本机关的审核人、领导（签发）或管理员操作');
      const forbidden = await w.handler.post(page, {
        _csrf: csrfFromHtml(handlerPage),
        confirmMasked: 'yes',
        text: '答复',
        summary: '摘要',
      });
      expect(forbidden.status).toBe(403);
      const supervisorPage = await supervisor.get(page);
      expect(supervisorPage.status).toBe(200);
      expect(await supervisorPage.text()).not.toContain('name="confirmMasked"');
      expect(
        (await supervisor.post(page, { confirmMasked: 'yes', text: '答复', summary: '摘要' })).status,
      ).toBe(403);
      expect((await w.outsider.get(page)).status).toBe(404);
      const outsiderPost = await w.outsider.post(
        page,
        { confirmMasked: 'yes', text: '答复', summary: '摘要' },
        { csrfFrom: '/staff' },
      );
      expect(outsiderPost.status).toBe(404);
      expect((await w.anonymous.get(page)).status).toBe(303);
      expect(await publicRows()).toBe(0);
    });

    it('needs the CSRF token and the check; refuses empty, huge and malformed input in Chinese', async () => {
      const noToken = await w.reviewer.post(page, {
        _csrf: 'forged',
        confirmMasked: 'yes',
        text: 'x',
        summary: 'y',
      });
      expect(noToken.status).toBe(403);
      const unchecked = await publish(w.reviewer, { text: '答复正文', summary: '申请内容' });
      expect(unchecked.status).toBe(422);
      expect(await unchecked.text()).toContain('请先核对并勾选');
      const empty = await publish(w.reviewer, { confirmMasked: 'yes', text: '   ', summary: '' });
      expect(empty.status).toBe(422);
      const emptyHtml = await empty.text();
      expect(emptyHtml).toContain('答复正文不能为空');
      expect(emptyHtml).toContain('申请内容摘要不能为空');
      const huge = await publish(w.reviewer, {
        confirmMasked: 'yes',
        text: '长'.repeat(20_001),
        summary: '摘要',
      });
      expect(huge.status).toBe(422);
      expect(await huge.text()).toContain('答复正文不能超过');
      const wrongCheck = await publish(w.reviewer, { confirmMasked: 'on', text: '正文', summary: '摘要' });
      expect(wrongCheck.status).toBe(422);
      expect(await publicRows()).toBe(0);
      expect(await auditOf('case.publishReply')).toBe(0);
    });

    it('publishes once (double submit), masks whatever is typed, shows hostile text as text', async () => {
      const html = await (await w.reviewer.get(page)).text();
      const text = /<textarea id="field-text"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!;
      const typed = `${decodeHtml(text)}\n<script>alert(1)</script> 申请人${WALK_APPLICANT.name}，电话${WALK_APPLICANT.phone}，身份证${WALK_APPLICANT.idNumber}`;
      const fields = {
        _csrf: csrfFromHtml(html),
        confirmMasked: 'yes',
        text: typed,
        summary: `${PHRASE}（${WALK_APPLICANT.name}申请）`,
      };
      const [first, second] = [await w.reviewer.post(page, fields), await w.reviewer.post(page, fields)];
      expect(first.status).toBe(303);
      expect(second.status).toBe(409);
      expect(await second.text()).toContain('该答复已公开');
      expect(await publicRows()).toBe(1);
      expect(await auditOf('case.publishReply')).toBe(1);
      const stored = (
        await t.db.query<{ reply_text: string; request_summary: string; id: number }>(
          'SELECT id::int AS id, reply_text, request_summary FROM public_replies',
        )
      )[0]!;
      for (const value of PERSONAL) {
        expect(stored.reply_text).not.toContain(value);
        expect(stored.request_summary).not.toContain(value);
      }
      const audit = await t.db.query<{ before: unknown; after: unknown }>(
        `SELECT before, after FROM audit_events WHERE action = 'case.publishReply'`,
      );
      expect(JSON.stringify(audit)).not.toContain(PHRASE);

      const apply = await (await w.anonymous.get('/o/jia-jyj/apply')).text();
      expect(apply).toContain('href="/o/jia-jyj/gk/replies"');
      const list = await (await w.anonymous.get('/o/jia-jyj/gk/replies')).text();
      expect(list).toContain(`/o/jia-jyj/gk/replies/${stored.id}`);
      const replyRes = await w.anonymous.get(`/o/jia-jyj/gk/replies/${stored.id}`);
      expect(replyRes.status).toBe(200);
      const reply = await replyRes.text();
      expect(reply).toContain(PHRASE);
      expect(reply).toContain('予以公开');
      expect(reply).toContain('&lt;script&gt;');
      expect(reply).not.toContain('<script>alert');
      for (const value of PERSONAL) {
        expect(reply).not.toContain(value);
      }
      // another organ's path, or a bad id, answers 404
      expect((await w.anonymous.get(`/o/jia-czj/gk/replies/${stored.id}`)).status).toBe(404);
      expect((await w.anonymous.get('/o/jia-jyj/gk/replies/99999999')).status).toBe(404);
      expect((await w.anonymous.get('/o/jia-jyj/gk/replies/abc')).status).toBe(404);

      const replyPath = `/o/jia-jyj/gk/replies/${stored.id}`;
      expect(await listedIn(replyPath)).toEqual({ rss: true, atom: true, sitemap: true });
      expect(list).toContain('href="/o/jia-jyj/gk/replies/atom.xml"');
      const feed = await (await w.anonymous.get('/o/jia-jyj/gk/replies/rss.xml')).text();
      for (const value of PERSONAL) {
        expect(feed).not.toContain(value);
      }
      const found = await searchHtml(PHRASE);
      expect(found).toContain('依申请公开答复');
      expect(found).toContain(`/o/jia-jyj/gk/replies/${stored.id}`);
      expect(await searchHtml(PHRASE, 'reply')).toContain(`/o/jia-jyj/gk/replies/${stored.id}`);
      expect(await searchHtml(PHRASE, 'report')).not.toContain('/gk/replies/');
      expect(await searchHtml(WALK_APPLICANT.phone)).not.toContain('/gk/replies/');
      const badKind = await w.anonymous.get(`/search?q=${encodeURIComponent(PHRASE)}&kind=%3Cb%3E`);
      expect(badKind.status).toBe(422);
      expect(await badKind.text()).toContain('信息类别没有');
    });

    it('withdraws: gone from the portal and from search at once; stale and repeated withdrawals refused', async () => {
      const html = await (await w.reviewer.get(page)).text();
      const version = /name="version" value="(\d+)"/.exec(html)![1]!;
      const withdraw = `${page}/withdraw`;
      const stale = await w.reviewer.post(withdraw, {
        _csrf: csrfFromHtml(html),
        version: String(Number(version) + 5),
      });
      expect(stale.status).toBe(409);
      const forbidden = await w.handler.post(withdraw, { version }, { csrfFrom: page });
      expect(forbidden.status).toBe(403);
      const res = await w.reviewer.post(withdraw, { _csrf: csrfFromHtml(html), version });
      expect(res.status).toBe(303);
      const again = await w.reviewer.post(withdraw, { _csrf: csrfFromHtml(html), version });
      expect(again.status).toBe(409);
      expect(await auditOf('case.withdrawReply')).toBe(1);
      const id = (await t.db.query<{ id: number }>('SELECT id::int AS id FROM public_replies'))[0]!.id;
      expect((await w.anonymous.get(`/o/jia-jyj/gk/replies/${id}`)).status).toBe(404);
      expect(await (await w.anonymous.get('/o/jia-jyj/gk/replies')).text()).toContain(
        '暂无公开的依申请公开答复',
      );
      expect(await searchHtml(PHRASE)).not.toContain('/gk/replies/');
      expect(await listedIn(`/o/jia-jyj/gk/replies/${id}`)).toEqual({
        rss: false,
        atom: false,
        sitemap: false,
      });
      const rows = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM search_documents WHERE source_kind = 'reply'`,
      );
      expect(rows[0]!.n).toBe(0);
      // and may be published again
      const republished = await publish(w.approver, {
        confirmMasked: 'yes',
        text: `${PHRASE}已公开`,
        summary: PHRASE,
      });
      expect(republished.status).toBe(303);
      expect(await searchHtml(PHRASE)).toContain(`/o/jia-jyj/gk/replies/${id}`);
      expect(await listedIn(`/o/jia-jyj/gk/replies/${id}`)).toEqual({ rss: true, atom: true, sitemap: true });
    });
  });
}

function csrfFromHtml(html: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
}

function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
