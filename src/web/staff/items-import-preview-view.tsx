/**
 * 导入预览 of an existing site's items, and its result: counts, every error (row, column, reason),
 * the warnings (personal data, shown masked), the first rows, and 确认导入 only when no row has an
 * error. After the commit the same page shows what was written.
 */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import type { ItemImportPreview } from '../../app/publishing/import/preview-item-import.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { ItemImportPlan } from '../../domain/publishing/import/plan-item-import.ts';
import { ITEM_KIND_LABELS } from '../../domain/publishing/vocabulary.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { ImportCounts, ImportIssues } from './import-issues.tsx';
import { importCrumbs } from './items-import-view.tsx';
import { Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

const SHOWN_ROWS = 20;

/** The preview page's person, token, stored upload and the warning after a refused confirmation. */
export type ItemImportPreviewProps = {
  actor: Actor;
  csrfToken: string;
  token: string;
  preview: ItemImportPreview;
  warning: string | null;
};

function FirstRows(props: { plan: ItemImportPlan }) {
  const rows = props.plan.items.slice(0, SHOWN_ROWS);
  return (
    <div class="table-wrap">
      <table class="data-table import-table">
        <caption>
          前 {rows.length} 条（共 {props.plan.items.length} 条无误）
        </caption>
        <thead>
          <tr>
            <th scope="col">行号</th>
            <th scope="col">索引号</th>
            <th scope="col">标题</th>
            <th scope="col">类别</th>
            <th scope="col">文号</th>
            <th scope="col">发布日期</th>
            <th scope="col" class="cell-number">
              附件
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => (
            <tr>
              <td class="cell-number">{item.line}</td>
              <td class="cell-nowrap">{item.indexNumber}</td>
              <td>{item.draft.title}</td>
              <td>{ITEM_KIND_LABELS[item.draft.kind]}</td>
              <td>{item.draft.docNumber || '—'}</td>
              <td class="cell-nowrap">{item.publishedOn}</td>
              <td class="cell-number">{item.attachments.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Decision(props: { plan: ItemImportPlan; token: string; csrfToken: string; expiresAt: Date }) {
  const { plan } = props;
  if (!plan.isCommittable) {
    return (
      <Notice
        kind="error"
        title={`有 ${plan.invalidRows} 行存在错误（共 ${plan.errors.length} 处），整个文件都不会导入`}
      >
        请按下方错误清单修改目录或 ZIP 后 <a href="/staff/items/import">重新上传</a>。没有写入任何信息。
      </Notice>
    );
  }
  return (
    <form method="post" action={`/staff/items/import/${props.token}`} class="panel confirm-panel">
      <CsrfField token={props.csrfToken} />
      <p>
        将导入 <strong>{plan.items.length}</strong> 条信息（附件 {plan.attachmentCount}{' '}
        个），直接以“已发布”状态保留原索引号和发布日期。导入一次完成：任何一条写入失败，全部不写入。预览有效期至{' '}
        {beijingMinute(props.expiresAt)}。
      </p>
      {plan.warnings.length > 0 ? (
        <p>有 {plan.warnings.length} 处疑似个人信息提示，请先核实；确认导入即表示已经核实。</p>
      ) : null}
      <div class="form-actions">
        <button type="submit" class="button button-primary">
          确认导入
        </button>
        <a class="button" href="/staff/items/import">
          放弃，重新上传
        </a>
      </div>
    </form>
  );
}

/** The preview page (or the result once committed). */
export function ItemImportPreviewView(props: ItemImportPreviewProps) {
  const { preview } = props;
  const crumbs = [
    ...importCrumbs(preview.organ.id),
    { href: '/staff/items/import', label: '导入已有网站的信息' },
  ];
  const lead = `发布机关：${preview.organ.name}；目录「${preview.fileName}」。`;
  const layout = {
    actor: props.actor,
    csrfToken: props.csrfToken,
    section: 'items' as const,
    breadcrumbs: crumbs,
  };
  if (preview.plan === null) {
    const o = preview.outcome!;
    return (
      <StaffLayout title="信息已导入" {...layout}>
        <PageHeader title="信息已导入" lead={lead} />
        <Notice kind="success" title={`已导入 ${o.created} 条信息`}>
          <p>
            含正文 {o.bodies} 篇、附件 {o.attachments} 个，均为“已发布”状态。这个文件不会重复导入。
            <a href={`/staff/items?organ=${preview.organ.id}&tab=published`}>查看已发布信息</a>
          </p>
        </Notice>
      </StaffLayout>
    );
  }
  const { plan } = preview;
  const csvHref = `/staff/items/import/${props.token}/issues.csv`;
  return (
    <StaffLayout title="预览导入信息" {...layout}>
      <PageHeader title="预览导入信息" lead={`${lead}共 ${plan.rowCount} 行数据。`} />
      {props.warning ? (
        <Notice kind="warning" title="没有导入">
          {props.warning}
        </Notice>
      ) : null}
      <ImportCounts valid={plan.items.length} invalid={plan.invalidRows} remarks={plan.warnings.length} />
      <Decision plan={plan} token={props.token} csrfToken={props.csrfToken} expiresAt={preview.expiresAt} />
      {plan.errors.length > 0 ? (
        <ImportIssues title="错误" issues={plan.errors} csvHref={csvHref} isError />
      ) : null}
      {plan.warnings.length > 0 ? (
        <ImportIssues title="提示（不影响导入）" issues={plan.warnings} csvHref={csvHref} isError={false} />
      ) : null}
      {plan.items.length > 0 ? <FirstRows plan={plan} /> : null}
    </StaffLayout>
  );
}
