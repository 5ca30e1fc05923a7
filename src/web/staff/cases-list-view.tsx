/**
 * 依申请公开 › 办件: the work queues as tabs with counts, a GET filter form (organ, year, decision,
 * case number or words) and one page of cases. Names are masked (张*); the due date shows 即将到期
 * / 已逾期 derived from today.
 */
import type { CaseList } from '../../app/cases/list-cases.ts';
import type { QueueKey } from '../../db/queries/case-queue.ts';
import type { CaseRow } from '../../db/queries/cases.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { compareDates, formatChineseDate } from '../../domain/calendar/local-date.ts';
import { DECISION_LABELS, DECISIONS, isDecision } from '../../domain/case/decisions.ts';
import { CASE_STATUS_LABELS, isCaseStatus } from '../../domain/case/status.ts';
import { PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

export const QUEUE_TABS: ReadonlyArray<{ key: QueueKey; label: string }> = [
  { key: 'open', label: '全部在办' },
  { key: 'registered', label: '新收待办' },
  { key: 'awaitingCorrection', label: '补正中' },
  { key: 'inConsultation', label: '征求意见中' },
  { key: 'awaitingFee', label: '待缴费' },
  { key: 'inReview', label: '待审核' },
  { key: 'inSigning', label: '待签发' },
  { key: 'toDeliver', label: '待送达' },
  { key: 'dueSoon', label: '即将到期（≤5个工作日）' },
  { key: 'overdue', label: '已逾期' },
  { key: 'closed', label: '已办结' },
  { key: 'all', label: '全部' },
];

function queryString(list: CaseList, overrides: Record<string, string>): string {
  const f = list.filter;
  const params = new URLSearchParams({
    queue: f.queue,
    ...(list.organs.length > 1 && f.organIds.length === 1 ? { organ: String(f.organIds[0]) } : {}),
    ...(f.year ? { year: String(f.year) } : {}),
    ...(f.decision ? { decision: f.decision } : {}),
    ...(f.text ? { q: f.text } : {}),
    ...overrides,
  });
  return `/staff/cases?${params.toString()}`;
}

/** The ledger export of what the filters show (公开版: personal data masked). */
function exportLink(list: CaseList, kind: 'public' | 'internal'): string {
  const f = list.filter;
  const params = new URLSearchParams({
    format: 'xlsx',
    kind,
    ...(list.organs.length > 1 && f.organIds.length === 1 ? { organ: String(f.organIds[0]) } : {}),
    ...(f.year ? { year: String(f.year) } : {}),
    ...(f.decision ? { decision: f.decision } : {}),
    ...(isCaseStatus(f.queue) ? { status: f.queue } : {}),
  });
  return `/staff/cases/export?${params.toString()}`;
}

function DueCell(props: { row: CaseRow; list: CaseList }) {
  const { row, list } = props;
  if (row.status === 'closed') {
    return <span>{row.closedOn ? `${formatChineseDate(row.closedOn, false)}办结` : '已办结'}</span>;
  }
  if (row.dueOn === null) {
    return <span class="due-stopped">期限中止</span>;
  }
  const overdue = compareDates(row.dueOn, list.filter.today) < 0;
  const soon = !overdue && compareDates(row.dueOn, list.filter.dueSoonUntil) <= 0;
  return (
    <span class={overdue ? 'due-overdue' : soon ? 'due-soon' : undefined}>
      {formatChineseDate(row.dueOn, false)}
      {row.dueProvisional ? '（暂定）' : ''}
      {overdue ? ' · 已逾期' : soon ? ' · 即将到期' : ''}
    </span>
  );
}

function Filters(props: { list: CaseList }) {
  const f = props.list.filter;
  return (
    <form method="get" action="/staff/cases" class="filter-form" role="search" aria-label="筛选办件">
      <input type="hidden" name="queue" value={f.queue} />
      {props.list.organs.length > 1 ? (
        <div class="field">
          <label for="filter-organ">机关</label>
          <select id="filter-organ" name="organ">
            <option value="">全部可见机关</option>
            {props.list.organs.map((o) => (
              <option value={String(o.id)} selected={f.organIds.length === 1 && f.organIds[0] === o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div class="field">
        <label for="filter-year">收到年度</label>
        <input
          id="filter-year"
          name="year"
          inputmode="numeric"
          maxlength={4}
          value={f.year ? String(f.year) : ''}
        />
      </div>
      <div class="field">
        <label for="filter-decision">办理结果</label>
        <select id="filter-decision" name="decision">
          <option value="">不限</option>
          {DECISIONS.map((d) => (
            <option value={d} selected={f.decision === d}>
              {DECISION_LABELS[d].row}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-q">案件编号、申请内容或申请人</label>
        <input
          id="filter-q"
          name="q"
          type="search"
          maxlength={100}
          value={f.text}
          aria-invalid={props.list.textError === null ? undefined : 'true'}
          aria-describedby={props.list.textError === null ? undefined : 'filter-q-error'}
        />
        {props.list.textError === null ? null : (
          <p id="filter-q-error" class="field-error" role="alert">
            {props.list.textError}
          </p>
        )}
      </div>
      <button type="submit" class="button">
        筛选
      </button>
    </form>
  );
}

/** The queue page. */
export function CasesListView(props: {
  actor: Actor;
  csrfToken: string;
  list: CaseList;
  canRegister: boolean;
}) {
  const { list } = props;
  return (
    <StaffLayout title="依申请公开办件" actor={props.actor} csrfToken={props.csrfToken} section="cases">
      <PageHeader title="依申请公开办件" lead={`共 ${list.total} 件；今天是${list.todayText}。`}>
        {props.canRegister ? (
          <a class="button button-primary" href="/staff/cases/new">
            登记申请
          </a>
        ) : null}
        {props.canRegister ? (
          <a class="button" href="/staff/cases/ledger">
            导入台账
          </a>
        ) : null}
        <a class="button" href={exportLink(list, 'public')}>
          导出 Excel（公开版）
        </a>
        <a class="button" href={exportLink(list, 'internal')}>
          导出内部台账
        </a>
      </PageHeader>
      <nav aria-label="工作队列" class="queue-tabs">
        <ul>
          {QUEUE_TABS.map((t) => (
            <li>
              <a
                href={queryString(list, { queue: t.key, page: '1' })}
                aria-current={list.filter.queue === t.key ? 'page' : undefined}
              >
                {t.label}
                {list.counts[t.key] !== undefined ? (
                  <span class="tab-count">{list.counts[t.key]}</span>
                ) : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Filters list={list} />
      {list.rows.length === 0 ? (
        <p class="empty-state">没有符合条件的申请。</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table cases-table">
            <caption class="visually-hidden">办件列表，第 {list.page} 页</caption>
            <thead>
              <tr>
                <th scope="col">案件编号</th>
                <th scope="col">收到日期</th>
                <th scope="col">申请人</th>
                <th scope="col">申请内容</th>
                <th scope="col">状态</th>
                <th scope="col">答复期限</th>
                <th scope="col">结果</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr>
                  <td>
                    <a href={`/staff/cases/${r.id}`}>{r.caseNumber}</a>
                  </td>
                  <td>{formatChineseDate(r.receivedOn, false)}</td>
                  <td>{r.applicantNameMasked}</td>
                  <td class="cell-summary">
                    {r.summary.length > 60 ? `${r.summary.slice(0, 60)}…` : r.summary}
                  </td>
                  <td>{isCaseStatus(r.status) ? CASE_STATUS_LABELS[r.status] : r.status}</td>
                  <td>
                    <DueCell row={r} list={list} />
                  </td>
                  <td>{r.decision && isDecision(r.decision) ? DECISION_LABELS[r.decision].row : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.pages > 1 ? (
        <nav aria-label="分页" class="pager">
          {list.page > 1 ? <a href={queryString(list, { page: String(list.page - 1) })}>上一页</a> : null}
          <span>
            第 {list.page} / {list.pages} 页
          </span>
          {list.page < list.pages ? (
            <a href={queryString(list, { page: String(list.page + 1) })}>下一页</a>
          ) : null}
        </nav>
      ) : null}
    </StaffLayout>
  );
}
