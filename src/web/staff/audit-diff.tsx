/**
 * Before → after of an audit record as a readable list of changed fields (Chinese labels where
 * known, the raw key otherwise). Creation shows the new values, deletion the old ones.
 */
import { ROLE_NAMES, ROLES, type Role } from '../../domain/access/roles.ts';

const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  isDisabled: '已停用',
  mustChangePassword: '须修改密码',
  roles: '角色',
  lockedUntil: '锁定至',
  name: '名称',
  shortName: '简称',
  slug: '标识',
  type: '类型',
  level: '层级',
  parentId: '上级机构',
  creditCode: '统一社会信用代码',
  address: '地址',
  postcode: '邮编',
  phone: '电话',
  fax: '传真',
  email: '电子邮箱',
  officeHours: '办公时间',
  sortOrder: '排序',
  year: '年度',
  publishedOn: '发布日期',
  parent: '上级机构名称',
  source: '来源',
  fileName: '文件名',
  created: '新建数',
  updated: '更新数',
};

/** Longer change lists fold into a <details> (works without JavaScript). */
const FOLD_AFTER = 4;

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** One value as short text. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '（空）';
  }
  if (typeof value === 'boolean') {
    return value ? '是' : '否';
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '（无）' : value.map(valueText).join('；');
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.organ === 'string' && isRole(o.role)) {
      return `${o.organ}：${ROLE_NAMES[o.role]}`;
    }
    return JSON.stringify(value);
  }
  return String(value as string | number);
}

/** One changed field (null: the side does not exist). */
export type FieldChange = { field: string; label: string; before: string | null; after: string | null };

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** The fields that differ between before and after (all fields on creation or deletion). */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) {
    return [];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys
    .filter((k) => !b || !a || JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({
      field: k,
      label: FIELD_LABELS[k] ?? k,
      before: b ? valueText(b[k]) : null,
      after: a ? valueText(a[k]) : null,
    }));
}

/** The change list of one record. */
export function AuditDiff(props: { before: unknown; after: unknown }) {
  const changes = fieldChanges(props.before, props.after);
  if (changes.length === 0) {
    return <span class="muted">—</span>;
  }
  const list = (
    <dl class="audit-diff">
      {changes.map((ch) => (
        <div>
          <dt>{ch.label}</dt>
          <dd>
            {ch.before !== null ? (
              <del>
                <span class="visually-hidden">原值：</span>
                {ch.before}
              </del>
            ) : null}
            {ch.before !== null && ch.after !== null ? (
              <span class="diff-arrow" aria-hidden="true">
                →
              </span>
            ) : null}
            {ch.after !== null ? (
              <ins>
                <span class="visually-hidden">新值：</span>
                {ch.after}
              </ins>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
  if (changes.length <= FOLD_AFTER) {
    return list;
  }
  return (
    <details class="audit-details">
      <summary>
        {changes
          .map((ch) => ch.label)
          .slice(0, 3)
          .join('、')}{' '}
        等 {changes.length} 项
      </summary>
      {list}
    </details>
  );
}
