/**
 * 工作台 (GET /staff): the first page after signing in — a greeting with today's date, the organs
 * the person works in with their roles, the work queues (empty until case handling and
 * 「暂无」 is a real state) with counts from the cases the person may see, and quick links.
 */
import type { Hono } from 'hono';
import { countCaseQueues, dueWindow, visibleCaseOrgans } from '../../app/cases/list-cases.ts';
import { loadOrganRegistry } from '../../app/organs/load-organ-tree.ts';
import { canSomewhere } from '../../domain/access/policy.ts';
import { ROLE_NAMES, type Actor, type Role } from '../../domain/access/roles.ts';
import { mayEnterSection, staffMenu, type StaffSection } from '../../domain/access/staff-menu.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { renderPage } from '../layout/document.tsx';
import { requireActor } from '../middleware/staff-guard.ts';
import { PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/**
 * A local date as people read it.
 * @example formatChineseDate('2026-11-22') // '2026年11月22日 星期日'
 */
export function formatChineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日 星期${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!}`;
}

type Queue = { key: string; title: string; description: string; empty: string; roles: readonly Role[] };

/** The work queues (keys of the case list's queues) and who works them. */
const QUEUES: readonly Queue[] = [
  {
    key: 'open',
    title: '待办申请',
    description: '已登记、尚未答复的政府信息公开申请',
    empty: '暂无待办申请',
    roles: ['handler', 'admin'],
  },
  {
    key: 'dueSoon',
    title: '即将到期',
    description: '5个工作日内到达答复期限的申请',
    empty: '暂无即将到期的申请',
    roles: ['handler', 'admin', 'supervisor'],
  },
  {
    key: 'overdue',
    title: '已逾期',
    description: '超过法定答复期限（条例第三十三条）仍未答复的申请',
    empty: '暂无逾期申请',
    roles: ['handler', 'admin', 'supervisor'],
  },
  {
    key: 'inReview',
    title: '待审核',
    description: '等待审核的答复书',
    empty: '暂无待审核事项',
    roles: ['reviewer'],
  },
  {
    key: 'inSigning',
    title: '待签发',
    description: '等待领导签发的答复书',
    empty: '暂无待签发事项',
    roles: ['approver'],
  },
];

/** What each section's quick link says (null: no quick link; the menu is enough). */
const QUICK_LINK_DESCRIPTIONS = {
  workbench: null,
  cases: '登记、办理、答复政府信息公开申请',
  statistics: '年度报告表三、表四',
  organs: '查看、新增、修改机构（按您的权限）',
  accounts: '开通账号、分配角色',
  audit: '谁在何时改了什么',
  'report-check': '检查年度报告的表格与勾稽关系',
  calendar: '法定节假日和调休安排',
} as const satisfies Record<StaffSection, string | null>;

type MyOrgan = { organ: Organ; roles: Role[] };

export type WorkbenchViewProps = {
  actor: Actor;
  csrfToken: string;
  today: string;
  myOrgans: readonly MyOrgan[];
  counts: Readonly<Record<string, number>>;
  links: ReadonlyArray<{ href: string; label: string; description: string }>;
};

/** The 工作台 page. */
export function WorkbenchView(props: WorkbenchViewProps) {
  const roles = new Set(props.actor.roles.map((r) => r.role));
  const queues = [...QUEUES].sort(
    (a, b) => Number(b.roles.some((r) => roles.has(r))) - Number(a.roles.some((r) => roles.has(r))),
  );
  return (
    <StaffLayout title="工作台" actor={props.actor} csrfToken={props.csrfToken} section="workbench">
      <PageHeader
        title="工作台"
        lead={`${props.actor.displayName}，您好！今天是${formatChineseDate(props.today)}。`}
      />
      <section aria-labelledby="my-organs-title" class="workbench-section">
        <h2 id="my-organs-title">我的机构</h2>
        {props.myOrgans.length === 0 ? (
          <p class="empty-state">您的账号尚未分配到任何机构，请联系管理员分配机构和角色。</p>
        ) : (
          <ul class="my-organs">
            {props.myOrgans.map((m) => (
              <li class="my-organ">
                <a href={`/staff/organs/${m.organ.id}`} class="my-organ-name">
                  {m.organ.name}
                </a>
                <span class="my-organ-roles">{m.roles.map((r) => ROLE_NAMES[r]).join('、')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {mayEnterSection(props.actor, 'cases') ? (
        <section aria-labelledby="queues-title" class="workbench-section">
          <h2 id="queues-title">工作队列</h2>
          <ul class="queue-grid">
            {queues.map((q) => (
              <li class={q.roles.some((r) => roles.has(r)) ? 'queue-card is-mine' : 'queue-card'}>
                <h3 class="queue-title">{q.title}</h3>
                <p class="queue-count">
                  <a href={`/staff/cases?queue=${q.key}`}>
                    <span class="count-number">{props.counts[q.key] ?? 0}</span>
                    <span class="visually-hidden">件，查看{q.title}</span>
                  </a>
                </p>
                {(props.counts[q.key] ?? 0) === 0 ? <p class="queue-empty">{q.empty}</p> : null}
                <p class="queue-description">{q.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="links-title" class="workbench-section">
        <h2 id="links-title">快捷入口</h2>
        <ul class="quick-links">
          {props.links.map((l) => (
            <li>
              <a href={l.href}>{l.label}</a>
              <span class="muted">{l.description}</span>
            </li>
          ))}
        </ul>
      </section>
    </StaffLayout>
  );
}

/** Registers GET /staff. */
export function registerWorkbenchRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff', async (c) => {
    const actor = requireActor(c);
    const registry = await loadOrganRegistry(deps.db);
    const byOrgan = new Map<number, Role[]>();
    for (const g of actor.roles) {
      byOrgan.set(g.organId, [...(byOrgan.get(g.organId) ?? []), g.role]);
    }
    const myOrgans = [...byOrgan].flatMap(([id, roles]) => {
      const organ = registry.byId.get(id);
      return organ ? [{ organ, roles }] : [];
    });
    const organIds = visibleCaseOrgans(registry, actor).map((o) => o.id);
    const window = await dueWindow(deps);
    const counts = await countCaseQueues(deps, organIds, window);
    const links = [
      ...staffMenu(actor).flatMap((entry) => {
        const description = QUICK_LINK_DESCRIPTIONS[entry.key];
        return description === null ? [] : [{ href: entry.href, label: entry.label, description }];
      }),
      ...(canSomewhere(actor, 'organ.manage')
        ? [{ href: '/staff/organs/import', label: '批量导入机构', description: 'Excel / CSV，先预览后导入' }]
        : []),
      { href: '/staff/password', label: '修改密码', description: '定期更换密码' },
      { href: '/', label: '门户网站', description: '查看公众看到的页面' },
    ];
    return c.html(
      renderPage(
        <WorkbenchView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          today={deps.clock.today()}
          myOrgans={myOrgans}
          counts={counts}
          links={links}
        />,
      ),
    );
  });
}
