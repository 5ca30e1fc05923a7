/**
 * 政府信息公开指南 and 制度 written by the organ (/staff/site/guide, /staff/site/rules): versions,
 * the second of two editors refused, the 指南's missing parts as warnings, the portal's default
 * until the organ writes its own, and bad input (empty, huge, hostile HTML, stale version, a fake
 * Word file, other people) with nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/portal.ts';
import { docxWith } from '../../../test/publishing.ts';
import {
  csrfOf,
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
  type TestTree,
} from '../../../test/staff.ts';
import type { Db } from '../../db/db.ts';

const GUIDE = `# 一、主动公开
本机关政府信息按法定主动公开内容分类编排，可在本平台查阅、检索和下载。
# 二、依申请公开
## （一）受理机构
甲区教育局办公室，地址：甲区学府路1号，办公时间：工作日9:00-17:00，联系电话：0533-1234567，电子邮箱：gk@jia.gov.cn。
## （二）申请方式
当面、邮寄或网上申请；自收到申请之日起20个工作日内答复。
# 三、监督和救济
可以投诉、举报，也可以依法申请行政复议或者提起行政诉讼。`;

describe('公开指南 and 公开制度 editors (/staff/site/guide, /staff/site/rules)', () => {
  let db: Db;
  let tree: TestTree;
  let admin: TestClient;
  let secondAdmin: TestClient;
  let handler: TestClient;
  let visitor: TestClient;
  const guidePath = () => `/staff/site/guide?organ=${tree.education}`;
  const rows = async () =>
    Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM portal_page_versions'))[0]!.n);
  const audits = async () =>
    Number(
      (
        await db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE action LIKE 'portal.%'`)
      )[0]!.n,
    );

  beforeAll(async () => {
    db = await openTestDb();
    tree = await insertTestTree(db);
    const app = testApp(db, movableClock('2026-12-01T02:00:00Z'));
    await insertTestAccount(db, 'pg.admin', [{ organId: tree.education, role: 'admin' }], {
      displayName: '张管理',
    });
    await insertTestAccount(db, 'pg.district', [{ organId: tree.district, role: 'admin' }], {
      displayName: '刘区管',
    });
    await insertTestAccount(db, 'pg.handler', [{ organId: tree.education, role: 'handler' }]);
    admin = new TestClient(app);
    secondAdmin = new TestClient(app);
    handler = new TestClient(app);
    visitor = new TestClient(app);
    await admin.logIn('pg.admin');
    await secondAdmin.logIn('pg.district');
    await handler.logIn('pg.handler');
  });
  afterAll(() => db.close());

  it('shows the generated 指南 and a default 制度 marked as such until the organ writes its own', async () => {
    const guide = await (await visitor.get('/o/jia-jyj/gk/guide')).text();
    expect(guide).toContain('本指南根据机关信息自动生成');
    const rules = await (await visitor.get('/o/jia-jyj/gk/rules')).text();
    expect(rules).toContain('默认文本');
    expect(rules).toContain('保密审查');
    expect(rules).toContain('《条例》第十七条');
    const editor = await (await admin.get(guidePath())).text();
    expect(editor).toContain('尚未编写');
  });

  it('saves typed text as version 1 with an audit record, shows it with 「更新于」 and warns of missing parts', async () => {
    const res = await admin.post(guidePath(), { version: '0', bodyFormat: 'text', body: GUIDE });
    expect(res.status).toBe(303);
    expect(await rows()).toBe(1);
    const audit = await db.query<{ after: { version: number; missingParts: string[] } }>(
      `SELECT after FROM audit_events WHERE action = 'portal.guide'`,
    );
    expect(audit[0]!.after.version).toBe(1);
    expect(audit[0]!.after.missingParts).toEqual(['传真号码', '收费（信息处理费）']);
    const editor = await (await admin.get(`${guidePath()}&saved=1`)).text();
    expect(editor).toContain('已保存为新版本');
    expect(editor).toContain('指南缺少以下内容');
    expect(editor).toContain('传真号码');
    expect(editor).toContain('第 1 版');
    expect(editor).toContain('张管理');
    const portal = await (await visitor.get('/o/jia-jyj/gk/guide')).text();
    expect(portal).toContain('<h2>一、主动公开</h2>');
    expect(portal).toContain('<h3>（一）受理机构</h3>');
    expect(portal).toContain('更新于 2026-12-01 10:00');
    expect(portal).not.toContain('本指南根据机关信息自动生成');
  });

  it('refuses the second of two editors who started from the same version, writing nothing', async () => {
    // an administrator above the organ opens the editor on version 1 too, then the organ's saves first
    const stalePage = await (await secondAdmin.get(guidePath())).text();
    expect(stalePage).toContain('name="version" value="1"');
    expect(
      (
        await admin.post(guidePath(), {
          version: '1',
          bodyFormat: 'text',
          body: `${GUIDE}\n传真：0533-1234568`,
        })
      ).status,
    ).toBe(303);
    const before = await rows();
    const res = await secondAdmin.post(guidePath(), {
      _csrf: csrfOf(stalePage),
      version: '1',
      bodyFormat: 'text',
      body: '另一位编辑的文本',
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('该记录已被他人修改');
    expect(await rows()).toBe(before);
    const latest = await db.query<{ number: number; saved_by_name: string }>(
      `SELECT number, saved_by_name FROM portal_page_versions ORDER BY number DESC LIMIT 1`,
    );
    expect(latest[0]).toEqual({ number: 2, saved_by_name: '张管理' });
  });

  it.each([
    ['an empty page', { version: '2', bodyFormat: 'text', body: '  \n ' }, 422, '请填写页面内容'],
    [
      'HTML that is only a script',
      { version: '2', bodyFormat: 'html', body: '<script>alert(1)</script>' },
      422,
      '请填写页面内容',
    ],
    ['1 MB of text', { version: '2', bodyFormat: 'text', body: 'a'.repeat(1_050_000) }, 422, '内容过长'],
    [
      'a body over the request limit',
      { version: '2', bodyFormat: 'text', body: 'a'.repeat(1_300_000) },
      413,
      '提交的内容过大',
    ],
    ['a malformed version', { version: 'abc', bodyFormat: 'text', body: GUIDE }, 409, '该记录已被他人修改'],
    ['an old version', { version: '1', bodyFormat: 'text', body: GUIDE }, 409, '该记录已被他人修改'],
  ])('refuses %s with a Chinese message and writes nothing', async (_what, fields, status, message) => {
    const before = [await rows(), await audits()];
    const res = await admin.post(guidePath(), fields, { csrfFrom: guidePath() });
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(message);
    expect([await rows(), await audits()]).toEqual(before);
  });

  it('keeps hostile HTML out of the stored page and the portal (script, onerror, javascript: links)', async () => {
    const hostile =
      '<h1>工作制度</h1><p onclick="steal()">第一条 本机关实行先审查后公开。</p><script>alert(1)</script>' +
      '<img src="x" onerror="alert(2)"><a href="javascript:alert(3)">点此</a><a href="https://www.gov.cn/">国务院</a>' +
      '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>';
    const path = `/staff/site/rules?organ=${tree.education}`;
    expect((await admin.post(path, { version: '0', bodyFormat: 'html', body: hostile })).status).toBe(303);
    const stored = (
      await db.query<{ body_html: string }>(`SELECT body_html FROM portal_page_versions WHERE page = 'rules'`)
    )[0]!.body_html;
    expect(stored).toBe(
      '<h2>工作制度</h2><p>第一条 本机关实行先审查后公开。</p><a>点此</a><a href="https://www.gov.cn/">国务院</a>',
    );
    const portal = await (await visitor.get('/o/jia-jyj/gk/rules')).text();
    expect(portal).toContain('第一条 本机关实行先审查后公开。');
    expect(portal).not.toMatch(/onerror|onclick|javascript:|evil\.example|alert\(/);
    expect(portal).not.toContain('默认文本');
    expect(portal).toContain('国家法规和文件');
  });

  it('takes a Word file through the item editor’s path and refuses a disguised one, writing nothing for it', async () => {
    const post = async (file: File) => {
      const form = new FormData();
      form.append('_csrf', csrfOf(await (await admin.get(guidePath())).text()));
      form.append('version', '2');
      form.append('bodyFormat', 'text');
      form.append('body', '');
      form.append('bodyDocx', file);
      return admin.request(guidePath(), { method: 'POST', body: form });
    };
    const before = await rows();
    const fake = await post(new File([new TextEncoder().encode('不是Word文件')], '指南.docx'));
    expect(fake.status).toBe(422);
    expect(await fake.text()).toContain('正文文件');
    expect(await rows()).toBe(before);
    const word = await post(
      new File(
        [Buffer.from(await docxWith(['政府信息公开指南', '受理机构：甲区教育局办公室']))],
        '指南.docx',
      ),
    );
    expect(word.status).toBe(303);
    const stored = (
      await db.query<{ body_html: string }>(
        `SELECT body_html FROM portal_page_versions WHERE page = 'guide' ORDER BY number DESC LIMIT 1`,
      )
    )[0]!.body_html;
    expect(stored).toContain('<p>受理机构：甲区教育局办公室</p>');
  });

  it('answers people who are not the organ’s 管理员 with 403, an unknown organ with 404, writing nothing', async () => {
    const before = await rows();
    expect((await handler.get(guidePath())).status).toBe(403);
    expect(
      (await handler.post(guidePath(), { version: '3', body: 'x' }, { csrfFrom: '/staff' })).status,
    ).toBe(403);
    expect((await admin.get('/staff/site/guide?organ=999999')).status).toBe(404);
    expect((await admin.get('/staff/site/guide?organ=abc')).status).toBe(404);
    expect((await admin.get(`/staff/site/guide?organ=${tree.finance}`)).status).toBe(403);
    expect(await rows()).toBe(before);
  });
});
