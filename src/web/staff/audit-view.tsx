/** 审计日志: filter form, the records, paging. */
import type { AuditQuery } from '../../app/audit/list-audit.ts';
import type { AuditRow } from '../../db/queries/audit-search.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { AuditDiff } from './audit-diff.tsx';
import { Notice, PageHeader } from './staff-form.tsx';
import { formatStaffTime, StaffLayout } from './staff-layout.tsx';

/** Chinese names of audit actions (unknown codes are shown as they are). */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.lockout': '登录锁定',
  'auth.throttle': '登录限速',
  'account.create': '新建账号',
  'account.update': '修改账号',
  'account.disable': '停用账号',
  'account.enable': '启用账号',
  'account.password_reset': '重置密码',
  'account.password_change': '修改密码',
  'organ.create': '新建机构',
  'organ.update': '修改机构',
  'organ.delete': '删除机构',
  'organ.move': '调整上级机构',
  'organ.import': '导入机构',
  'case.register': '登记申请',
  'case.archiveExport': '导出卷宗',
  'case.requestCorrection': '发出补正告知',
  'case.receiveCorrection': '登记补正材料',
  'case.closeForNoCorrection': '逾期未补正终止',
  'case.sendConsultation': '发出征求意见函',
  'case.recordConsultationAnswer': '登记意见答复',
  'case.requestExtension': '申请延期',
  'case.approveExtension': '批准延期',
  'case.sendFeeNotice': '发出收费通知',
  'case.recordFeePaid': '登记缴费',
  'case.closeForNoFee': '逾期未缴费终止',
  'case.requestReasons': '要求说明理由',
  'case.setDeferral': '确定延迟答复期限',
  'case.draftReply': '拟写答复',
  'case.submitForReview': '提交审核',
  'case.approveReview': '审核通过',
  'case.returnReview': '审核退回',
  'case.sign': '签发',
  'case.returnSigning': '签发退回',
  'case.recordDelivery': '登记送达',
  'case.withdraw': '申请人撤回',
  'case.recordLetterDelivery': '登记文书送达',
  'case.recordReview': '登记行政复议/诉讼',
  'case.demo': '演示数据',
  'case.import': '导入台账',
  'case.export': '导出台账',
  'calendar.create': '新增放假安排',
  'calendar.replace': '替换放假安排',
};
/** Chinese names of audited entities. */
export const ENTITY_LABELS: Record<string, string> = {
  account: '账号',
  organ: '机构',
  organ_import: '机构导入',
  annual_report: '年度报告',
  report: '年度报告',
  setting: '设置',
  case: '依申请公开案件',
  calendar_year: '放假安排',
  case_import: '台账导入',
  case_ledger: '台账',
};

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
                  <th scope="col">编号</th>
                  <th scope="col">时间（北京）</th>
                  <th scope="col">操作人</th>
                  <th scope="col">机构</th>
                  <th scope="col">操作</th>
                  <th scope="col">对象</th>
                  <th scope="col">变更内容</th>
                </tr>
              </thead>
              <tbody>
                {props.rows.map((r) => (
                  <tr>
                    <td class="cell-number">{r.id}</td>
                    <td class="cell-nowrap">{formatStaffTime(r.at)}</td>
                    <td>{r.actorName ?? '—'}</td>
                    <td>{props.nameOf(r.organId)}</td>
                    <td class="cell-nowrap">{label(ACTION_LABELS, r.action)}</td>
                    <td class="cell-nowrap">
                      {label(ENTITY_LABELS, r.entity)}
                      {r.entityId ? ` #${r.entityId}` : ''}
                    </td>
                    <td>
                      <AuditDiff before={r.before} after={r.after} />
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
