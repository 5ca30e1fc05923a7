import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfOf, insertTestAccount, movableClock, TestClient, testApp } from '../../../test/staff.ts';
import { ensureDemoOrgans } from '../../app/demo/demo-organs.ts';
import { toCsv } from '../../app/organs/csv.ts';
import type { Db } from '../../db/db.ts';
import { openTestPglite } from '../../../test/db.ts';

type Snapshot = { organs: unknown[]; audits: number };

describe('organ administration over HTTP', () => {
  let db: Db;
  let app: ReturnType<typeof testApp>;
  let ids: Record<string, number>;
  const snapshot = async (): Promise<Snapshot> => ({
    organs: await db.query('SELECT id, parent_id, name, slug, version FROM organs ORDER BY id'),
    audits: (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))[0]!.n,
  });
  const signedIn = async (username: string) => {
    const client = new TestClient(app);
    expect((await client.logIn(username)).status).toBe(303);
    return client;
  };
  const organForm = (overrides: Record<string, string> = {}) => ({
    name: '博山区科学技术局',
    shortName: '区科技局',
    slug: 'kjj',
    type: 'department',
    level: 'county',
    creditCode: '',
    address: '',
    postcode: '',
    phone: '',
    fax: '',
    email: '',
    officeHours: '',
    sortOrder: '5',
    ...overrides,
  });

  beforeAll(async () => {
    db = await openTestPglite();
    const clock = movableClock('2026-11-22T02:00:00Z');
    const organs = await ensureDemoOrgans({ db, clock });
    ids = Object.fromEntries(organs.map((o) => [o.slug, o.id]));
    await insertTestAccount(db, 'district.admin', [{ organId: ids.boshan!, role: 'admin' }], {
      displayName: '区管理员',
    });
    await insertTestAccount(db, 'jyj.admin', [{ organId: ids.jyj!, role: 'admin' }], {
      displayName: '教育局管理员',
    });
    await insertTestAccount(db, 'district.supervisor', [{ organId: ids.boshan!, role: 'supervisor' }], {
      displayName: '区监督',
    });
    await insertTestAccount(db, 'jyj.handler', [{ organId: ids.jyj!, role: 'handler' }], {
      displayName: '张敏',
    });
    app = testApp(db, clock);
  });
  afterAll(() => db.close());

  it('sends anonymous visitors to the sign-in page', async () => {
    const res = await new TestClient(app).get('/staff/organs');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/login?next=%2Fstaff%2Forgans');
  });

  it('shows the 工作台 with the person’s organs and intentional empty queues', async () => {
    const html = await (await (await signedIn('jyj.handler')).get('/staff')).text();
    expect(html).toContain('张敏，您好！今天是2026年11月22日 星期日。');
    expect(html).toMatch(/博山区教育局<\/a><span class="my-organ-roles">公开专员/);
    for (const empty of [
      '暂无待办申请',
      '暂无即将到期的申请',
      '暂无逾期申请',
      '暂无待审核事项',
      '暂无待签发事项',
    ]) {
      expect(html).toContain(empty);
    }
    expect(html).not.toContain('账号管理</a><span');
  });

  it('lists only the organs a person may view, with actions only where they manage', async () => {
    const district = await (await (await signedIn('district.admin')).get('/staff/organs')).text();
    expect(district).toContain('池上镇人民政府');
    expect(district).toContain('新增机构');
    const jyj = await (await (await signedIn('jyj.admin')).get('/staff/organs')).text();
    expect(jyj).toContain('博山区教育局');
    expect(jyj).not.toContain('池上镇人民政府');
    expect(jyj).not.toContain('博山区人民政府</a>');
    const handler = await (await (await signedIn('jyj.handler')).get('/staff/organs')).text();
    expect(handler).toContain('查看<span class="visually-hidden"> 博山区教育局');
    expect(handler).not.toContain('新增机构');
    expect(handler).not.toContain('编辑<span');
  });

  it('answers 404 to URL guessing into another subtree', async () => {
    const client = await signedIn('jyj.admin');
    for (const path of [
      `/staff/organs/${ids.chishang}`,
      '/staff/organs/99999',
      '/staff/organs/0',
      '/staff/organs/1e3',
      '/staff/organs/99999999999999999999',
    ]) {
      const res = await client.get(path);
      expect(res.status, path).toBe(404);
    }
    expect(await (await client.get(`/staff/organs/${ids.chishang}`)).text()).toContain(
      '机构不存在，或您无权查看。',
    );
  });

  it('refuses a forged parent id of another subtree with 403 and changes nothing', async () => {
    const client = await signedIn('jyj.admin');
    const before = await snapshot();
    const res = await client.post(
      '/staff/organs/new',
      { ...organForm(), parentId: String(ids.chishang) },
      { csrfFrom: '/staff/organs/new' },
    );
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('您没有管理该机构的权限，未作任何修改。');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses edits and moves across the line and changes nothing', async () => {
    const supervisor = await signedIn('district.supervisor');
    const jyjAdmin = await signedIn('jyj.admin');
    const before = await snapshot();
    const readOnly = await (await supervisor.get(`/staff/organs/${ids.jyj}`)).text();
    expect(readOnly).toContain('您可以查看本机构信息');
    expect(readOnly).not.toContain('保存修改');
    const csrf = csrfOf(readOnly);
    const edit = await supervisor.post(`/staff/organs/${ids.jyj}`, {
      ...organForm({ slug: 'jyj', name: '改名' }),
      version: '1',
      _csrf: csrf,
    });
    expect(edit.status).toBe(403);
    expect(await edit.text()).toContain('您没有管理该机构的权限，未作任何修改。');
    const token = csrfOf(await (await jyjAdmin.get('/staff/organs')).text());
    expect(
      (
        await jyjAdmin.post(`/staff/organs/${ids.chishang}`, {
          ...organForm({ slug: 'chishang' }),
          version: '1',
          _csrf: token,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await jyjAdmin.post(`/staff/organs/${ids.jyj}/move`, {
          parentId: String(ids.chishang),
          version: '1',
          _csrf: token,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await jyjAdmin.post(`/staff/organs/${ids.chishang}/move`, {
          parentId: String(ids.jyj),
          version: '1',
          _csrf: token,
        })
      ).status,
    ).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('ignores forged fields: the parent changes only through 调整上级机构', async () => {
    const client = await signedIn('jyj.admin');
    const res = await client.post(
      `/staff/organs/${ids.jyj}`,
      {
        ...organForm({ slug: 'jyj', name: '博山区教育局', shortName: '区教育局' }),
        version: '1',
        parentId: String(ids.chishang),
        parent_id: String(ids.chishang),
        id: String(ids.chishang),
      },
      { csrfFrom: `/staff/organs/${ids.jyj}` },
    );
    expect(res.status).toBe(303);
    const [row] = await db.query<{ parent_id: number; sort_order: number }>(
      'SELECT parent_id, sort_order FROM organs WHERE id = $1',
      [ids.jyj],
    );
    expect(row).toEqual({ parent_id: ids.boshan, sort_order: 5 });
  });

  it('creates an organ through the form, keeps typed values on errors, and refuses a stale edit', async () => {
    const client = await signedIn('district.admin');
    const bad = await client.post(
      '/staff/organs/new',
      { ...organForm({ name: '科', creditCode: '11370304004218015X' }), parentId: String(ids.boshan) },
      { csrfFrom: '/staff/organs/new' },
    );
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('value="科"');
    expect(badHtml).toContain('value="11370304004218015X"');
    expect(badHtml).toContain('统一社会信用代码的校验码（第18位）应为 6，而不是 X');
    expect(badHtml).toMatch(
      /id="field-creditCode"[^>]*aria-invalid="true"[^>]*aria-describedby="field-creditCode-hint field-creditCode-error"|aria-invalid="true" aria-describedby="field-creditCode-hint field-creditCode-error"/,
    );
    const good = await client.post(
      '/staff/organs/new',
      { ...organForm(), parentId: String(ids.boshan) },
      { csrfFrom: '/staff/organs/new' },
    );
    expect(good.status).toBe(303);
    const location = good.headers.get('location')!;
    expect(location).toMatch(/^\/staff\/organs\/\d+\?created=1$/);
    expect(await (await client.get(location)).text()).toContain('机构已新增。');
    const id = location.split('/')[3]!.split('?')[0]!;
    const stale = await client.post(
      `/staff/organs/${id}`,
      { ...organForm({ phone: '0533-0000555' }), version: '0' },
      { csrfFrom: `/staff/organs/${id}` },
    );
    expect(stale.status).toBe(409);
    const staleHtml = await stale.text();
    expect(staleHtml).toContain('该记录已被他人修改，请刷新后重试。');
    expect(staleHtml).toContain('电话：0533-0000555');
  });

  it('exports only what the person may view, as CSV with BOM and as .xlsx', async () => {
    const client = await signedIn('jyj.admin');
    const csv = await client.get('/staff/organs/export.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''%E6%9C%BA%E6%9E%84%E8%A1%A8-20261122.csv",
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      new Uint8Array(await csv.arrayBuffer()),
    );
    expect(text.startsWith('\uFEFF名称,简称,网址标识,类型,层级,上级机构')).toBe(true);
    expect(text).toContain('博山区教育局');
    expect(text).not.toContain('池上镇');
    const xlsx = new Uint8Array(await (await client.get('/staff/organs/export.xlsx')).arrayBuffer());
    expect([...xlsx.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('imports through upload → preview → confirm, and refuses hostile files with a Chinese reason', async () => {
    const client = await signedIn('district.admin');
    const csrf = csrfOf(await (await client.get('/staff/organs/import')).text());
    const upload = (bytes: Uint8Array<ArrayBuffer>, name: string) => {
      const form = new FormData();
      form.append('_csrf', csrf);
      form.append('file', new File([bytes], name));
      return client.request('/staff/organs/import', { method: 'POST', body: form });
    };
    const html = await upload(
      new TextEncoder().encode('<html><body><table><tr><td>名称</td></tr></table></body></html>'),
      '机构.xlsx',
    );
    expect(html.status).toBe(422);
    expect(await html.text()).toContain('文件内容是网页（HTML），不是 Excel 表格');
    const big = await upload(new Uint8Array(1024 * 1024 + 10), '大.csv');
    expect(big.status).toBe(413);
    const before = await snapshot();
    const file = toCsv([
      ['名称', '网址标识', '类型', '层级', '上级机构'],
      ['博山区审计局', 'sjj', '政府部门', '县级', '博山区人民政府'],
      ['博山区统计局', 'tjj', '政府部门', '县级', '博山区人民政府'],
    ]);
    const uploaded = await upload(new TextEncoder().encode(file), '机构.csv');
    expect(uploaded.status).toBe(303);
    const previewPath = uploaded.headers.get('location')!;
    const preview = await (await client.get(previewPath)).text();
    expect(preview).toContain('将新增 <strong>2</strong> 个、更新 <strong>0</strong> 个机构');
    expect(await snapshot()).toEqual(before);
    const fingerprint = /name="fingerprint" value="([^"]+)"/.exec(preview)![1]!;
    const other = await signedIn('jyj.admin');
    expect((await other.get(previewPath)).status).toBe(404);
    const confirmed = await client.post(previewPath, { fingerprint, _csrf: csrf });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('/staff/organs?imported=2');
    expect((await snapshot()).organs).toHaveLength(before.organs.length + 2);
  });
});
