/**
 * 机构管理: the organ tree the person may view, as a table that reads as a tree (indented names
 * with their path for screen readers), type, level and credit code; 编辑 / 新增下级 only where
 * they manage. Import and export at the top.
 */
import type { OrganListEntry } from '../../app/organs/load-organ-tree.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { ORGAN_LEVEL_LABELS, ORGAN_TYPE_LABELS } from '../../domain/organs/organ.ts';
import { Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

export type OrgansListViewProps = {
  actor: Actor;
  csrfToken: string;
  entries: readonly OrganListEntry[];
  canManageAny: boolean;
  notice: string | null;
};

/** The list page. */
export function OrgansListView(props: OrgansListViewProps) {
  const { entries } = props;
  const lead = props.canManageAny
    ? '本平台的机构树。您可以在有管理权限的机构下新增、修改机构，或通过 Excel / CSV 批量导入。'
    : '您所在机构的信息。如需修改，请联系本机构或上级机构的管理员。';
  return (
    <StaffLayout title="机构管理" actor={props.actor} csrfToken={props.csrfToken} section="organs">
      <PageHeader title="机构管理" lead={lead}>
        {props.canManageAny ? (
          <a class="button button-primary" href="/staff/organs/new">
            新增机构
          </a>
        ) : null}
        {props.canManageAny ? (
          <a class="button" href="/staff/organs/import">
            批量导入
          </a>
        ) : null}
        {entries.length > 0 ? (
          <a class="button" href="/staff/organs/export.xlsx" download>
            导出 Excel
          </a>
        ) : null}
        {entries.length > 0 ? (
          <a class="button" href="/staff/organs/export.csv" download>
            导出 CSV
          </a>
        ) : null}
      </PageHeader>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {entries.length === 0 ? (
        <Notice kind="info" title="没有可查看的机构">
          您的账号尚未分配到任何机构。请联系管理员在「账号管理」中为您分配机构和角色。
        </Notice>
      ) : (
        <div class="table-wrap">
          <table class="data-table organ-table">
            <caption class="visually-hidden">机构列表，共 {entries.length} 个，按上下级排列</caption>
            <thead>
              <tr>
                <th scope="col">名称</th>
                <th scope="col">类型</th>
                <th scope="col">层级</th>
                <th scope="col">统一社会信用代码</th>
                <th scope="col">
                  <span class="visually-hidden">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <th scope="row" class={`organ-name depth-${Math.min(e.depth, 6)}`}>
                    {e.depth > 0 ? <span class="tree-branch" aria-hidden="true" /> : null}
                    <a href={`/staff/organs/${e.organ.id}`}>{e.organ.name}</a>
                    {e.organ.shortName !== e.organ.name ? (
                      <span class="organ-short">{e.organ.shortName}</span>
                    ) : null}
                    {e.depth > 0 ? <span class="visually-hidden">（位置：{e.path}）</span> : null}
                  </th>
                  <td>
                    <span class={`badge organ-type-${e.organ.type}`}>{ORGAN_TYPE_LABELS[e.organ.type]}</span>
                  </td>
                  <td>{ORGAN_LEVEL_LABELS[e.organ.level]}</td>
                  <td>
                    {e.organ.creditCode ? (
                      <code class="credit-code">{e.organ.creditCode}</code>
                    ) : (
                      <span class="muted">未填写</span>
                    )}
                  </td>
                  <td class="cell-actions">
                    {e.canManage ? (
                      <>
                        <a href={`/staff/organs/${e.organ.id}`}>
                          编辑<span class="visually-hidden"> {e.organ.name}</span>
                        </a>
                        <a href={`/staff/organs/new?parent=${e.organ.id}`}>
                          新增下级<span class="visually-hidden">（在 {e.organ.name} 之下）</span>
                        </a>
                      </>
                    ) : (
                      <a href={`/staff/organs/${e.organ.id}`}>
                        查看<span class="visually-hidden"> {e.organ.name}</span>
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffLayout>
  );
}
