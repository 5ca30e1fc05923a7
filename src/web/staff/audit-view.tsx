/** 审计日志: filter form, the records, paging. */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import type { AuditQuery } from '../../app/audit/list-audit.ts';
import type { AuditRow } from '../../db/queries/audit-search.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { ACTION_LABELS, ENTITY_LABELS } from '../../domain/audit/audit-labels.ts';
import { AuditEntryText } from './audit-diff.tsx';
import { Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

const label = (table: Record<string, string>, key: string) => table[key] ?? key;

/** What the audit-log page shows. */
export type AuditViewProps = {
  actor: Actor;
  csrfToken: string;
  query: AuditQuery;
  /** The query string without `page` (for the paging links). */
  queryString: string;
  rows: readonly AuditRow[];
  total: number;
  page: number;
  pageCount: number;
  nameOf: (id: number | null) => string;
  organs: ReadonlyArray<{ id: number; name: string; depth: number }>;
  facets: { actions: string[]; entities: string[]; actors: Array<{ id: number; name: string }> };
  error?: string | null;
};

function Select(props: {
  name: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  return (
    <div class="field">
      <label for={`filter-${props.name}`}>{props.label}</label>
      <select id={`filter-${props.name}`} name={props.name}>
        <option value="">全部</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Filters(props: AuditViewProps) {
  const q = props.query;
  return (
    <form
      method="get"
      action="/staff/audit"
      class="panel filter-panel"
      role="search"
      aria-label="筛选审计记录"
    >
      <div class="filter-grid">
        <Select
          name="organ"
          label="机构（含下级）"
          value={q.organId === null ? '' : String(q.organId)}
          options={props.organs.map((o) => ({
            value: String(o.id),
            label: `${'　'.repeat(Math.min(o.depth, 6))}${o.name}`,
          }))}
        />
        <Select
          name="action"
          label="操作"
          value={q.action ?? ''}
          options={props.facets.actions.map((a) => ({ value: a, label: label(ACTION_LABELS, a) }))}
        />
        <Select
          name="entity"
          label="对象类型"
          value={q.entity ?? ''}
          options={props.facets.entities.map((e) => ({ value: e, label: label(ENTITY_LABELS, e) }))}
        />
        <Select
          name="actor"
          label="操作人"
          value={q.actorId === null ? '' : String(q.actorId)}
          options={props.facets.actors.map((a) => ({ value: String(a.id), label: a.name }))}
        />
        <div class="field">
          <label for="filter-from">开始日期</label>
          <input id="filter-from" name="from" type="date" value={q.fromDate ?? ''} />
        </div>
        <div class="field">
          <label for="filter-to">结束日期</label>
          <input id="filter-to" name="to" type="date" value={q.toDate ?? ''} />
        </div>
      </div>
      <div class="form-actions">
        <button type="submit" class="button button-primary">
          筛选
        </button>
        <a class="button button-secondary" href="/staff/audit">
          清除条件
        </a>
      </div>
    </form>
  );
}

function Pager(props: { page: number; pageCount: number; total: number; queryString: string }) {
  const href = (page: number) =>
    `/staff/audit?${props.queryString}${props.queryString ? '&' : ''}page=${page}`;
  return (
    <nav class="pager" aria-label="分页">
      <span>
        共 {props.total} 条，第 {props.page} / {props.pageCount} 页
      </span>
      {props.page > 1 ? (
        <a href={href(props.page - 1)} rel="prev">
          上一页
        </a>
      ) : null}
      {props.page < props.pageCount ? (
        <a href={href(props.page + 1)} rel="next">
          下一页
        </a>
      ) : null}
    </nav>
  );
}

/** The audit-log page. */
export function AuditView(props: AuditViewProps) {
  return (
    <StaffLayout title="审计日志" actor={props.actor} csrfToken={props.csrfToken} section="audit">
      <PageHeader
        title="审计日志"
        lead="每一次写操作都记录操作人、时间、机构和变更前后的内容。记录只增不改，并以哈希链相连，任何改动都可由“gongkai audit verify”发现。"
      />
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      <Filters {...props} />
      {props.rows.length === 0 ? (
        <Notice kind="info">没有符合条件的记录。</Notice>
      ) : (
        <>
          <div class="table-wrap">
            <table class="data-table audit-table">
              <caption class="visually-hidden">审计记录，按时间从新到旧排列</caption>
              <thead>
                <tr>
                  <th scope="col" class="audit-col-id">
                    编号
                  </th>
                  <th scope="col" class="audit-col-time">
                    时间（北京）
                  </th>
                  <th scope="col" class="audit-col-organ">
                    机构
                  </th>
                  <th scope="col">记录</th>
                </tr>
              </thead>
              <tbody>
                {props.rows.map((r) => (
                  <tr>
                    <td class="cell-number">{r.id}</td>
                    <td class="cell-nowrap">{beijingMinute(r.at)}</td>
                    <td>{props.nameOf(r.organId)}</td>
                    <td>
                      <AuditEntryText entry={r} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={props.page}
            pageCount={props.pageCount}
            total={props.total}
            queryString={props.queryString}
          />
        </>
      )}
    </StaffLayout>
  );
}
