import { describe, expect, it } from 'vitest';
import { can, canSomewhere, organTree, organsWhere, type Action } from './policy.ts';
import { ROLES, type Actor, type Role, type RoleGrant } from './roles.ts';
import {
  mayEnterSection,
  neededRolesMessage,
  rolesOpening,
  sectionOfPath,
  sectionRefusal,
  STAFF_SECTIONS,
  staffMenu,
  type StaffSection,
} from './staff-menu.ts';

const actor = (...roles: RoleGrant[]): Actor => ({
  accountId: 1,
  username: 'u',
  displayName: 'U',
  roles,
  mustChangePassword: false,
});
const only = (role: Role) => actor({ organId: 3, role });
const labels = (who: Actor | null) => staffMenu(who).map((e) => e.label);

describe('the staff menu follows the access policy', () => {
  it.each<[string, Actor, string[]]>([
    [
      '管理员 sees every section',
      only('admin'),
      ['工作台', '依申请公开', '统计', '机构管理', '账号管理', '审计日志', '年报体检', '工作日历'],
    ],
    [
      '公开专员 sees no 账号管理 and no 审计日志',
      only('handler'),
      ['工作台', '依申请公开', '统计', '机构管理', '年报体检', '工作日历'],
    ],
    [
      '审核人 likewise',
      only('reviewer'),
      ['工作台', '依申请公开', '统计', '机构管理', '年报体检', '工作日历'],
    ],
    [
      '领导（签发） likewise',
      only('approver'),
      ['工作台', '依申请公开', '统计', '机构管理', '年报体检', '工作日历'],
    ],
    [
      '上级监督 reads the audit log but manages no account',
      only('supervisor'),
      ['工作台', '依申请公开', '统计', '机构管理', '审计日志', '年报体检', '工作日历'],
    ],
    ['a person without any role sees only what needs none', actor(), ['工作台', '年报体检', '工作日历']],
  ])('%s', (_name, who, expected) => {
    expect(labels(who)).toEqual(expected);
  });

  it('shows nothing before the first password is changed, or to nobody', () => {
    expect(staffMenu({ ...only('admin'), mustChangePassword: true })).toEqual([]);
    expect(staffMenu(null)).toEqual([]);
  });

  it('agrees with organsWhere for every role and action on a tree (the routes’ check)', () => {
    const tree = organTree([
      { id: 1, parentId: null },
      { id: 3, parentId: 1 },
      { id: 5, parentId: 3 },
    ]);
    const actions: Action[] = ['organ.view', 'organ.manage', 'account.manage', 'audit.view', 'work.handle'];
    for (const role of ROLES) {
      for (const organId of [1, 3, 5]) {
        const who = actor({ organId, role });
        for (const action of actions) {
          expect(canSomewhere(who, action), `${role}@${organId} ${action}`).toBe(
            organsWhere(who, action, tree).length > 0,
          );
          expect(can(who, action, organId, tree) || !canSomewhere(who, action)).toBe(true);
        }
      }
    }
  });

  it('names the roles that open each section, from the same table', () => {
    expect(rolesOpening('accounts')).toEqual(['admin']);
    expect(rolesOpening('audit')).toEqual(['admin', 'supervisor']);
    expect(rolesOpening('cases')).toEqual(['admin', 'handler', 'reviewer', 'approver', 'supervisor']);
    expect(rolesOpening('workbench')).toEqual([]);
    for (const section of Object.keys(STAFF_SECTIONS) as StaffSection[]) {
      for (const role of rolesOpening(section)) {
        expect(mayEnterSection(only(role), section), `${role} → ${section}`).toBe(true);
      }
    }
  });

  it('finds the section of a back-office path by its longest prefix', () => {
    expect(sectionOfPath('/staff')).toBe('workbench');
    expect(sectionOfPath('/staff/accounts/12')).toBe('accounts');
    expect(sectionOfPath('/staff/cases/7/act/sign')).toBe('cases');
    expect(sectionOfPath('/staff/accountsX')).toBeNull();
    expect(sectionOfPath('/staff/login')).toBeNull();
    expect(sectionOfPath('/staff/password')).toBeNull();
  });

  it('says in Chinese which role is needed', () => {
    expect(sectionRefusal('audit')).toBe('您没有查看审计日志的权限。');
    expect(neededRolesMessage(['reviewer'])).toBe('此操作需要“审核人”角色，请联系本机关管理员分配。');
    expect(neededRolesMessage(['admin', 'supervisor'], '此页面')).toBe(
      '此页面需要“管理员”或“上级监督”角色，请联系本机关管理员分配。',
    );
  });
});
