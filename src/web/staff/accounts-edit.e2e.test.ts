import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsScenario, type AccountsScenario } from '../../../test/staff-scenario.ts';

describe('editing accounts: versions, partial rights, self-protection', () => {
  let s: AccountsScenario;
  beforeAll(async () => {
    s = await openAccountsScenario();
  });
  afterAll(() => s.close());

  it('refuses a stale submit with 「该记录已被他人修改」 and keeps the first change', async () => {
    const first = await s.signedIn('jia.admin');
    const second = await s.signedIn('city.admin');
    const version = String((await s.account(s.ids.eduHandler)).version);
    const a = await first.post(
      `/staff/accounts/${s.ids.eduHandler}`,
      { version, displayName: '教育局专员甲', grants: [`${s.tree.education}:handler`] },
      { csrfFrom: `/staff/accounts/${s.ids.eduHandler}` },
    );
    expect(a.status).toBe(303);
    const before = await s.auditCount();
    const b = await second.post(
      `/staff/accounts/${s.ids.eduHandler}`,
      { version, displayName: '教育局专员乙', grants: [`${s.tree.education}:handler`] },
      { csrfFrom: `/staff/accounts/${s.ids.eduHandler}` },
    );
    expect(b.status).toBe(409);
    expect(await b.text()).toContain('该记录已被他人修改，请刷新后重试');
    expect((await s.account(s.ids.eduHandler)).display_name).toBe('教育局专员甲');
    expect(await s.auditCount()).toBe(before);
  });
  it('lets an admin change only the roles in their organs of a person who also works elsewhere', async () => {
    const client = await s.signedIn('jia.admin');
    const page = await (await client.get(`/staff/accounts/${s.ids.mixed}`)).text();
    expect(page).toContain('其他机构的角色');
    const version = String((await s.account(s.ids.mixed)).version);
    const rename = await client.post(
      `/staff/accounts/${s.ids.mixed}`,
      { version, displayName: '改名', grants: [`${s.tree.education}:handler`] },
      { csrfFrom: `/staff/accounts/${s.ids.mixed}` },
    );
    expect(rename.status).toBe(403);
    const regrant = await client.post(
      `/staff/accounts/${s.ids.mixed}`,
      { version, displayName: '两地人员', grants: [`${s.tree.education}:reviewer`] },
      { csrfFrom: `/staff/accounts/${s.ids.mixed}` },
    );
    expect(regrant.status).toBe(303);
    expect(await s.roles(s.ids.mixed)).toEqual([
      `${s.tree.education}:reviewer`,
      `${s.tree.otherDistrict}:reviewer`,
    ]);
    const reset = await client.post(
      `/staff/accounts/${s.ids.mixed}`,
      { intent: 'reset-password', version: String((await s.account(s.ids.mixed)).version) },
      { csrfFrom: `/staff/accounts/${s.ids.mixed}` },
    );
    expect(reset.status).toBe(403);
  });
  it('resets a password: one-time password shown, sessions ended, change required', async () => {
    const target = await s.signedIn('jia.jyj');
    const admin = await s.signedIn('jia.admin');
    const res = await admin.post(
      `/staff/accounts/${s.ids.eduHandler}`,
      { intent: 'reset-password', version: String((await s.account(s.ids.eduHandler)).version) },
      { csrfFrom: `/staff/accounts/${s.ids.eduHandler}` },
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('一次性密码（只显示这一次）');
    expect((await s.account(s.ids.eduHandler)).must_change_password).toBe(true);
    expect((await target.get('/staff/password')).status).toBe(303); // signed out
    const row = (
      await s.db.query<{ before: unknown; after: unknown }>(
        'SELECT before, after FROM audit_events WHERE action = $1 ORDER BY id DESC LIMIT 1',
        ['account.password_reset'],
      )
    )[0]!;
    expect(row).toEqual({ before: { mustChangePassword: false }, after: { mustChangePassword: true } });
  });
  it('does not let an admin disable or re-role themselves', async () => {
    const client = await s.signedIn('jia.admin');
    const version = String((await s.account(s.ids.districtAdmin)).version);
    const res = await client.post(
      `/staff/accounts/${s.ids.districtAdmin}`,
      { version, displayName: '甲区管理员', isDisabled: 'on', grants: [`${s.tree.district}:admin`] },
      { csrfFrom: `/staff/accounts/${s.ids.districtAdmin}` },
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('不能停用自己的账号');
    const demote = await client.post(
      `/staff/accounts/${s.ids.districtAdmin}`,
      { version, displayName: '甲区管理员', grants: [`${s.tree.education}:handler`] },
      { csrfFrom: `/staff/accounts/${s.ids.districtAdmin}` },
    );
    expect(demote.status).toBe(422);
    expect(await s.roles(s.ids.districtAdmin)).toEqual([`${s.tree.district}:admin`]);
  });
  it('disabling an account signs it out at once', async () => {
    const target = await s.signedIn('jia.jiandu');
    const admin = await s.signedIn('jia.admin');
    const res = await admin.post(
      `/staff/accounts/${s.ids.supervisor}`,
      {
        version: String((await s.account(s.ids.supervisor)).version),
        displayName: '测试jia.jiandu',
        isDisabled: 'on',
        grants: [`${s.tree.district}:supervisor`],
      },
      { csrfFrom: `/staff/accounts/${s.ids.supervisor}` },
    );
    expect(res.status).toBe(303);
    expect((await target.get('/staff/audit')).status).toBe(303);
    expect((await s.anonymous().logIn('jia.jiandu')).status).toBe(403);
  });
});
