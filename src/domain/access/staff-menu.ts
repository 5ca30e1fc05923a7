/**
 * The back office's sections and who may enter each, from the access policy (policy.ts). The
 * staff menu is derived from this table and the section guard (web/middleware/section-guard.ts)
 * refuses the same people with the same rule, so nobody sees a menu entry that answers 403 and
 * every refusal can name the roles that would open the page.
 */
import { canSomewhere, rolesAllowing, type Action } from './policy.ts';
import { ROLES, ROLE_NAMES, type Actor, type Role } from './roles.ts';

/**
 * One section: its menu entry, the policy actions any of which opens it ([] = every signed-in
 * person) and what a refusal says the person may not do.
 */
type SectionRule = { href: string; label: string; opensWith: readonly Action[]; doing: string };

/** The sections in menu order. */
export const STAFF_SECTIONS = {
  workbench: { href: '/staff', label: '工作台', opensWith: [], doing: '进入工作台' },
  cases: {
    href: '/staff/cases',
    label: '依申请公开',
    opensWith: ['work.handle', 'audit.view'],
    doing: '办理或查看依申请公开',
  },
  statistics: {
    href: '/staff/statistics',
    label: '统计',
    opensWith: ['work.handle', 'audit.view'],
    doing: '查看统计',
  },
  organs: { href: '/staff/organs', label: '机构管理', opensWith: ['organ.view'], doing: '查看机构' },
  accounts: { href: '/staff/accounts', label: '账号管理', opensWith: ['account.manage'], doing: '管理账号' },
  audit: { href: '/staff/audit', label: '审计日志', opensWith: ['audit.view'], doing: '查看审计日志' },
  'report-check': { href: '/staff/report-check', label: '年报体检', opensWith: [], doing: '使用年报体检' },
  calendar: { href: '/staff/calendar', label: '工作日历', opensWith: [], doing: '查看工作日历' },
} as const satisfies Record<string, SectionRule>;

/** A section key. */
export type StaffSection = keyof typeof STAFF_SECTIONS;

/** A menu entry as the layout draws it. */
export type StaffMenuEntry = { key: StaffSection; href: string; label: string };

const SECTION_KEYS = Object.keys(STAFF_SECTIONS) as StaffSection[];

/**
 * May `actor` enter `section`? A person who must change their password enters nothing.
 * @example mayEnterSection(handler, 'accounts') // false
 */
export function mayEnterSection(actor: Actor | null, section: StaffSection): boolean {
  if (!actor || actor.mustChangePassword) {
    return false;
  }
  const rule: SectionRule = STAFF_SECTIONS[section];
  return rule.opensWith.length === 0 || rule.opensWith.some((action) => canSomewhere(actor, action));
}

/**
 * The menu `actor` sees: exactly the sections they may enter, in menu order.
 * @example staffMenu(handler).map((e) => e.label) // ['工作台', '依申请公开', '统计', '机构管理', '年报体检', '工作日历']
 */
export function staffMenu(actor: Actor | null): StaffMenuEntry[] {
  return SECTION_KEYS.filter((key) => mayEnterSection(actor, key)).map((key) => ({
    key,
    href: STAFF_SECTIONS[key].href,
    label: STAFF_SECTIONS[key].label,
  }));
}

/**
 * The roles any of which opens `section` (empty when everyone may enter), in ROLES order.
 * @example rolesOpening('audit') // ['admin', 'supervisor']
 */
export function rolesOpening(section: StaffSection): Role[] {
  const rule: SectionRule = STAFF_SECTIONS[section];
  const allowing = new Set(rule.opensWith.flatMap((action) => rolesAllowing(action)));
  return ROLES.filter((r) => allowing.has(r));
}

/**
 * The section a back-office path belongs to (the longest matching prefix), or null (/staff/login,
 * /staff/password …).
 * @example sectionOfPath('/staff/accounts/12') // 'accounts'
 */
export function sectionOfPath(path: string): StaffSection | null {
  let found: StaffSection | null = null;
  for (const key of SECTION_KEYS) {
    const { href } = STAFF_SECTIONS[key];
    const isInside = path === href || (href !== '/staff' && path.startsWith(`${href}/`));
    if (isInside && (found === null || href.length > STAFF_SECTIONS[found].href.length)) {
      found = key;
    }
  }
  return found;
}

/**
 * What a person refused at `section` is told.
 * @example sectionRefusal('accounts') // '您没有管理账号的权限。'
 */
export function sectionRefusal(section: StaffSection): string {
  return `您没有${STAFF_SECTIONS[section].doing}的权限。`;
}

/**
 * The sentence that tells a refused person which role they need.
 * @example neededRolesMessage(['reviewer']) // '此操作需要“审核人”角色，请联系本机关管理员分配。'
 * @example neededRolesMessage(['admin', 'supervisor'], '此页面') // '此页面需要“管理员”或“上级监督”角色，请联系本机关管理员分配。'
 */
export function neededRolesMessage(roles: readonly Role[], what = '此操作'): string {
  const names = roles.map((r) => `“${ROLE_NAMES[r]}”`).join('或');
  return `${what}需要${names}角色，请联系本机关管理员分配。`;
}
