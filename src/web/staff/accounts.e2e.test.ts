import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsScenario, type AccountsScenario } from '../../../test/staff-scenario.ts';

describe('account administration across organ lines', () => {
  let s: AccountsScenario;
  beforeAll(async () => {
    s = await openAccountsScenario();
  });
  afterAll(() => s.close());

  it('lists only the accounts with roles in organs the admin manages', async () => {
    const html = await (await (await s.signedIn('jia.admin')).get('/staff/accounts')).text();
    expect(html).toContain('教育局专员');
    expect(html).toContain('两地人员');
    expect(html).not.toContain('乙区专员');
    expect(html).not.toContain('city.admin');
  });
  it("answers 404 for another organ's account id, exactly as for an id that does not exist", async () => {
    const client = await s.signedIn('jia.admin');
    const foreign = await client.get(`/staff/accounts/${s.ids.otherHandler}`);
    const missing = await client.get('/staff/accounts/99999');
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    const strip = (s: string) => s.replace(/错误编号：[0-9a-f]+/, '');
    expect(strip(await foreign.text())).toBe(strip(await missing.text()));
    expect((await client.get('/staff/accounts/abc')).status).toBe(404);
    expect((await client.get('/staff/accounts/99999999999999999999')).status).toBe(404);
    const before = await s.auditCount();
    const post = await client.post(
      `/staff/accounts/${s.ids.otherHandler}`,
      { version: '1', displayName: '改名', grants: [`${s.tree.otherDistrict}:admin`] },
      { csrfFrom: '/staff/accounts' },
    );
    expect(post.status).toBe(404);
    expect((await s.account(s.ids.otherHandler)).display_name).toBe('乙区专员');
    expect(await s.auditCount()).toBe(before);
  });
  it('refuses a forged organ id in the role form with 403 and changes nothing', async () => {
    const client = await s.signedIn('jia.admin');
    const before = await s.auditCount();
    const create = await client.post('/staff/accounts/new', {
      username: 'sneaky',
      displayName: '越权',
      password: '',
      grants: [`${s.tree.education}:handler`, `${s.tree.otherDistrict}:admin`],
    });
    expect(create.status).toBe(403);
    expect((await s.db.query('SELECT 1 FROM accounts WHERE username = $1', ['sneaky'])).length).toBe(0);
    const grantCity = await client.post(
      `/staff/accounts/${s.ids.eduHandler}`,
      {
        version: String((await s.account(s.ids.eduHandler)).version),
        displayName: '教育局专员',
        grants: [`${s.tree.education}:handler`, `${s.tree.city}:admin`],
      },
      { csrfFrom: `/staff/accounts/${s.ids.eduHandler}` },
    );
    expect(grantCity.status).toBe(403);
    expect(await s.roles(s.ids.eduHandler)).toEqual([`${s.tree.education}:handler`]);
    expect(await s.auditCount()).toBe(before);
  });
  it('creates an account with a one-time password shown once and an audit record without secrets', async () => {
    const client = await s.signedIn('jia.admin');
    const res = await client.post('/staff/accounts/new', {
      username: 'Wang.Fang',
      displayName: '王芳',
      password: '',
      grants: [`${s.tree.finance}:reviewer`],
    });
    expect(res.status).toBe(201);
    const html = await res.text();
    const password = /class="one-time-password"><code>([^<]+)</.exec(html)![1]!;
    const row = (
      await s.db.query<{ id: number; must_change_password: boolean; password_hash: string }>(
        'SELECT * FROM accounts WHERE username = $1',
        ['wang.fang'],
      )
    )[0]!;
    expect(row.must_change_password).toBe(true);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const audit = (
      await s.db.query<{ actor_id: number; organ_id: number; after: unknown }>(
        'SELECT * FROM audit_events WHERE action = $1 AND entity_id = $2',
        ['account.create', String(row.id)],
      )
    )[0]!;
    expect(audit.actor_id).toBe(s.ids.districtAdmin);
    expect(audit.organ_id).toBe(s.tree.finance);
    expect(JSON.stringify(audit.after)).not.toContain(password);
    expect(JSON.stringify(audit.after)).not.toContain('argon2');
    expect(audit.after).toMatchObject({
      username: 'wang.fang',
      displayName: '王芳',
      roles: [{ organId: s.tree.finance, organ: '甲区财政局', role: 'reviewer' }],
    });
    const newcomer = s.anonymous();
    expect((await newcomer.logIn('wang.fang', password)).headers.get('location')).toBe('/staff/password');
  });
  it('keeps what was typed and explains every problem in Chinese', async () => {
    const client = await s.signedIn('jia.admin');
    const res = await client.post('/staff/accounts/new', {
      username: 'x',
      displayName: '赵六',
      password: 'short',
      grants: [],
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('用户名须为 3–32 位小写字母');
    expect(html).toContain('请至少选择一个机构和角色');
    expect(html).toContain('value="赵六"');
    expect(html).toContain('aria-describedby="field-username-hint field-username-error"');
    const taken = await client.post('/staff/accounts/new', {
      username: 'jia.jyj',
      displayName: '重名',
      password: '',
      grants: [`${s.tree.education}:handler`],
    });
    expect(await taken.text()).toContain('该用户名已被使用');
  });
  it('gives people without account.manage no way in, and refuses a forged CSRF token', async () => {
    const handler = await s.signedIn('yi.handler');
    expect((await handler.get('/staff/accounts/new')).status).toBe(403);
    const list = await handler.get('/staff/accounts');
    expect(list.status).toBe(403);
    expect(await list.text()).toContain('您没有管理账号的权限');
    const post = await handler.post(
      '/staff/accounts/new',
      { username: 'made.up', displayName: '虚构', password: '', grants: [`${s.tree.otherDistrict}:admin`] },
      { csrfFrom: '/staff' },
    );
    expect(post.status).toBe(403);
    const admin = await s.signedIn('jia.admin');
    // The anonymous double-submit token is not a signed-in person's token.
    const anonymousToken = /name="_csrf" value="([^"]+)"/.exec(
      await (await s.anonymous().get('/staff/login')).text(),
    )![1]!;
    const forged = await admin.post('/staff/accounts/new', {
      _csrf: anonymousToken,
      username: 'via.csrf',
      displayName: '跨站',
      password: '',
      grants: [`${s.tree.education}:handler`],
    });
    expect(forged.status).toBe(403);
    expect((await s.db.query('SELECT 1 FROM accounts WHERE username = $1', ['via.csrf'])).length).toBe(0);
  });
});
