/**
 * 主动公开 › 政府公报 › an issue: a draft's fields, 目录 with 顺序, the organ's published items to add
 * and 出版; a published issue read-only with its PDF.
 */
import { itemKindLabel } from '../../domain/publishing/vocabulary.ts';
import type { GazetteIssuePage } from '../../app/publishing/gazette-issues.ts';
import type { FieldErrors } from '../../app/failures.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import { ISSUE_FIELD_LABELS, issueLabel } from '../../domain/publishing/gazette.ts';
import { organBase } from '../portal/frame.ts';
import { beijingDay } from '../portal/item-format.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { crumbs, IssueFieldsForm } from './gazette-views.tsx';
import { ErrorSummary, Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

function EntriesTable(props: { page: GazetteIssuePage; editable: boolean }) {
  const { page } = props;
  if (page.entries.length === 0) {
    return <p class="empty-state">本期尚未收录信息。</p>;
  }
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption>目录（{page.entries.length} 条）</caption>
        <thead>
          <tr>
            <th scope="col">{props.editable ? '顺序' : '序号'}</th>
            <th scope="col">标题</th>
            <th scope="col">类别</th>
            <th scope="col">发布日期</th>
            {props.editable ? <th scope="col">收录</th> : null}
          </tr>
        </thead>
        <tbody>
          {page.entries.map((e) => (
            <tr>
              <td>
                {props.editable ? (
                  <input
                    class="gazette-order"
                    type="text"
                    inputmode="numeric"
                    name={`order-${e.itemId}`}
                    value={String(e.position)}
                    aria-label={`「${e.title}」的顺序`}
                    maxLength={4}
                  />
                ) : (
                  e.position
                )}
              </td>
              <td>
                <a href={`/staff/items/${e.itemId}`}>{e.snapshot?.title ?? e.title}</a>
                {(e.snapshot?.docNumber ?? e.docNumber) ? (
                  <div class="cell-note">{e.snapshot?.docNumber ?? e.docNumber}</div>
                ) : null}
                {e.status === 'withdrawn' ? (
                  <div class="cell-note">该信息出版后已撤回（本期保持出版时原样）</div>
                ) : null}
              </td>
              <td>{itemKindLabel(e.kind)}</td>
              <td>{beijingDay(e.publishedAt)}</td>
              {props.editable ? (
                <td>
                  <input
                    type="checkbox"
                    name="item"
                    value={String(e.itemId)}
                    checked
                    aria-label={`保留「${e.title}」`}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Candidates(props: { page: GazetteIssuePage }) {
  const { page } = props;
  return (
    <fieldset class="form-section">
      <legend>加入已发布的信息</legend>
      {page.candidates.length === 0 ? (
        <p class="empty-state">没有可加入的已发布信息。</p>
      ) : (
        <ul class="gazette-picks">
          {page.candidates.map((c) => (
            <li class="gazette-pick">
              <input type="checkbox" id={`add-${c.id}`} name="item" value={String(c.id)} />
              <label for={`add-${c.id}`}>
                【{itemKindLabel(c.kind)}】{c.title}
                {c.docNumber ? `（${c.docNumber}）` : ''} · {beijingDay(c.publishedAt)}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div class="field gazette-pick">
        <input type="checkbox" id="resort" name="resort" value="yes" />
        <label for="resort">按类别（规章、规范性文件、其他文件、解读、公告）和发布日期重新排列目录</label>
      </div>
    </fieldset>
  );
}

/** An issue: a draft's form or a published issue's record. */
export function GazetteIssueView(props: {
  actor: Actor;
  csrfToken: string;
  page: GazetteIssuePage;
  values: Record<string, string>;
  errors: FieldErrors;
  search: string;
  done: string | undefined;
}) {
  const { page } = props;
  const { issue } = page;
  const label = issueLabel(issue.year, issue.number, issue.totalNumber);
  const publicHref = `${organBase(page.organ)}/gk/gazette/${issue.year}/${issue.number}`;
  return (
    <StaffLayout
      title={`政府公报 ${label}`}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="items"
      breadcrumbs={crumbs(issue.organId)}
    >
      <PageHeader
        title={issue.title}
        lead={`${page.organ.name} · ${label} · ${issue.status === 'published' ? '已出版' : '草稿'}`}
      />
      {props.done === 'saved' ? <Notice kind="success">已保存。</Notice> : null}
      {props.done === 'created' ? <Notice kind="success">草稿已创建，请加入本期收录的信息。</Notice> : null}
      {props.done === 'published' ? <Notice kind="success">本期已出版，PDF已生成。</Notice> : null}
      <ErrorSummary errors={props.errors} labels={ISSUE_FIELD_LABELS} />
      {issue.status === 'published' ? (
        <>
          <p>
            {issue.publishedByName}于{issue.publishedAt ? beijingMinute(issue.publishedAt) : ''}
            出版；出版日期 {issue.publishedOn}。 PDF {issue.pdfPages} 页，
            {Math.ceil((issue.pdfSize ?? 0) / 1024)} KB。
          </p>
          <p>
            <a class="button" href={publicHref}>
              查看网站上的本期
            </a>{' '}
            <a class="button" href={`${publicHref}/pdf`}>
              下载PDF
            </a>
          </p>
          <EntriesTable page={page} editable={false} />
        </>
      ) : page.canEdit ? (
        <>
          <form method="get" action={`/staff/items/gazette/${issue.id}`} class="gazette-search" role="search">
            <label for="q">查找已发布信息</label>
            <input id="q" name="q" type="search" value={props.search} maxLength={100} />
            <button type="submit" class="button">
              查找
            </button>
          </form>
          <form method="post" action={`/staff/items/gazette/${issue.id}`}>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="version" value={String(issue.version)} />
            <IssueFieldsForm values={props.values} errors={props.errors} />
            <EntriesTable page={page} editable />
            <Candidates page={page} />
            <button type="submit" class="button button-primary">
              保存草稿
            </button>
          </form>
          {page.canPublish ? (
            <form method="post" action={`/staff/items/gazette/${issue.id}/publish`} class="form-section">
              <CsrfField token={props.csrfToken} />
              <input type="hidden" name="version" value={String(issue.version)} />
              <p class="field-hint">
                出版后生成本期PDF（目录和全文），本期不能再修改；已收录的信息以后撤回，本期仍保持出版时原样。
              </p>
              <button type="submit" class="button button-primary">
                出版本期
              </button>
            </form>
          ) : (
            <p class="field-hint">出版须由本机关“领导（签发）”角色操作。</p>
          )}
        </>
      ) : (
        <EntriesTable page={page} editable={false} />
      )}
    </StaffLayout>
  );
}
