/**
 * 主动公开 › 政府公报: the organ's issues and the new-issue form (an issue's page: gazette-issue-view.tsx).
 */
import type { GazetteListPage } from '../../app/publishing/gazette-issues.ts';
import type { FieldErrors } from '../../app/failures.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { ISSUE_FIELD_LABELS, issueLabel } from '../../domain/publishing/gazette.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { ErrorSummary, PageHeader, TextField } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

/** The kind's label. */
const listHref = (organId: number) => `/staff/items/gazette?organ=${organId}`;
/** 主动公开 › 政府公报. */
export const crumbs = (organId: number) => [
  { href: `/staff/items?organ=${organId}`, label: '主动公开' },
  { href: listHref(organId), label: '政府公报' },
];

/** The list of issues. */
export function GazetteListView(props: { actor: Actor; csrfToken: string; page: GazetteListPage }) {
  const { page } = props;
  return (
    <StaffLayout
      title="政府公报"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="items"
      breadcrumbs={page.organ ? [crumbs(page.organ.id)[0]!] : []}
    >
      <PageHeader
        title="政府公报"
        lead="按期编印本机关已发布的规章、规范性文件、其他文件、解读和公告；出版后生成PDF，不再修改。"
      >
        {page.canEdit && page.organ ? (
          <a class="button button-primary" href={`/staff/items/gazette/new?organ=${page.organ.id}`}>
            新建一期
          </a>
        ) : null}
      </PageHeader>
      {page.organs.length > 1 ? (
        <form method="get" action="/staff/items/gazette" class="filter-bar">
          <label for="organ">机关</label>
          <select id="organ" name="organ">
            {page.organs.map((o) => (
              <option value={String(o.id)} selected={o.id === page.organ?.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="submit" class="button">
            切换
          </button>
        </form>
      ) : null}
      {page.issues.length === 0 ? (
        <p class="empty-state">本机关还没有政府公报。</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table">
            <caption class="visually-hidden">政府公报各期</caption>
            <thead>
              <tr>
                <th scope="col">期次</th>
                <th scope="col">标题</th>
                <th scope="col">收录</th>
                <th scope="col">状态</th>
                <th scope="col">出版日期</th>
              </tr>
            </thead>
            <tbody>
              {page.issues.map((issue) => (
                <tr>
                  <td>
                    <a href={`/staff/items/gazette/${issue.id}`}>
                      {issueLabel(issue.year, issue.number, issue.totalNumber)}
                    </a>
                  </td>
                  <td>{issue.title}</td>
                  <td>{issue.itemCount} 条</td>
                  <td>{issue.status === 'published' ? '已出版' : '草稿'}</td>
                  <td>{issue.publishedOn ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffLayout>
  );
}

/** The issue's fields (新建 and the draft's page). */
export function IssueFieldsForm(props: { values: Record<string, string>; errors: FieldErrors }) {
  const { values: v, errors: e } = props;
  return (
    <fieldset class="form-section">
      <legend>期次</legend>
      <TextField
        name="year"
        label={ISSUE_FIELD_LABELS.year}
        value={v.year ?? ''}
        error={e.year}
        isRequired
        maxLength={4}
      />
      <TextField
        name="number"
        label={ISSUE_FIELD_LABELS.number}
        value={v.number ?? ''}
        error={e.number}
        isRequired
        maxLength={3}
        hint="本年第几期"
      />
      <TextField
        name="totalNumber"
        label={ISSUE_FIELD_LABELS.totalNumber}
        value={v.totalNumber ?? ''}
        error={e.totalNumber}
        maxLength={5}
        hint="可不填"
      />
      <TextField
        name="publishedOn"
        label={ISSUE_FIELD_LABELS.publishedOn}
        type="date"
        value={v.publishedOn ?? ''}
        error={e.publishedOn}
        hint="不填则为出版当天"
      />
      <TextField
        name="title"
        label={ISSUE_FIELD_LABELS.title}
        value={v.title ?? ''}
        error={e.title}
        maxLength={200}
        hint="不填则为「机关名称公报 年第N期」"
      />
    </fieldset>
  );
}

/** The new-issue form. */
export function GazetteNewView(props: {
  actor: Actor;
  csrfToken: string;
  organId: number;
  organName: string;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  return (
    <StaffLayout
      title="新建一期政府公报"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="items"
      breadcrumbs={crumbs(props.organId)}
    >
      <PageHeader title="新建一期政府公报" lead={props.organName} />
      <ErrorSummary errors={props.errors} labels={ISSUE_FIELD_LABELS} />
      <form method="post" action={`/staff/items/gazette/new?organ=${props.organId}`}>
        <CsrfField token={props.csrfToken} />
        <IssueFieldsForm values={props.values} errors={props.errors} />
        <button type="submit" class="button button-primary">
          创建草稿
        </button>
      </form>
    </StaffLayout>
  );
}
