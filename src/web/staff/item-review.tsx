/**
 * GET /staff/items/review?organ= — 已发布信息复查: published items that would not pass today's
 * pre-publication checks (stored results of the last re-check), each with its findings (personal
 * data by position only) and the ways to put it right: 修订, or 遮盖 / 撤回 on the item page.
 * POST /staff/items/review?organ= re-checks every published item of the organ now.
 */
import type { Hono } from 'hono';
import { itemReviewFor, recheckItemsFor, type ItemReviewPage } from '../../app/publishing/item-review.ts';
import type { FlaggedItem, StoredFinding } from '../../db/queries/publishing/item-rechecks.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { ItemFinding } from '../../domain/publishing/checks/check-item.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError } from '../failures.ts';
import { renderPage } from '../layout/document.tsx';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { readForm } from '../middleware/form.ts';
import { queryId, queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { placeOf } from './item-page-view.tsx';
import { Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';

/** 「正文第 12–29 字」: where a finding is, with its characters' positions (never the characters). */
export function findingWhere(f: StoredFinding): string {
  const place = placeOf({ place: f.place as ItemFinding['place'] });
  return f.start === undefined ? place : `${place}第 ${f.start + 1}–${f.end ?? f.start + 1} 字`;
}

function Findings(props: { item: FlaggedItem }) {
  return (
    <ul class="review-findings">
      {props.item.findings.map((f) => (
        <li class={f.severity === 'error' ? 'finding-error' : 'finding-warning'}>
          {f.severity === 'error' ? '错误' : '提示'}：{findingWhere(f)}：{f.message}
        </li>
      ))}
    </ul>
  );
}

function ReviewView(props: { actor: Actor; csrfToken: string; page: ItemReviewPage; notice: string | null }) {
  const { page } = props;
  const organ = page.organ;
  return (
    <StaffLayout
      title="已发布信息复查"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="items"
      breadcrumbs={[{ href: `/staff/items${organ ? `?organ=${organ.id}` : ''}`, label: '主动公开' }]}
    >
      <PageHeader
        title="已发布信息复查"
        lead="按现行的发布前检查规则重新检查已发布的信息：个人信息、植入内容、日期、文号、解读同步和站内链接。有错误的信息请修订、遮盖或撤回。"
      />
      {props.notice !== null ? <Notice kind="success">{props.notice}</Notice> : null}
      {page.outdated !== null ? <Notice kind="warning">{page.outdated}</Notice> : null}
      {page.organs.length > 1 ? (
        <form method="get" action="/staff/items/review" class="page-organ-switch">
          <label for="organ">机关</label>
          <select id="organ" name="organ">
            {page.organs.map((o) => (
              <option value={String(o.id)} selected={o.id === organ?.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="submit" class="button">
            切换
          </button>
        </form>
      ) : null}
      {organ === null ? (
        <p>您没有可复查的机关。</p>
      ) : (
        <>
          <p>
            {page.last === null
              ? `${organ.name}的已发布信息尚未复查。`
              : `${organ.name}：上次复查 ${beijingMinute(page.last.at)}，共检查 ${page.last.checked} 条，其中 ${page.last.flagged} 条有错误或提示。`}
            {page.last !== null && page.last.flagged > page.items.length
              ? `下面列出错误最多的前 ${page.items.length} 条。`
              : null}
          </p>
          {page.canRecheck ? (
            <form method="post" action={`/staff/items/review?organ=${organ.id}`}>
              <CsrfField token={props.csrfToken} />
              <button type="submit" class="button button-primary">
                立即重新检查
              </button>
            </form>
          ) : null}
          {page.items.length > 0 ? (
            <div class="table-wrap">
              <table class="data-table">
                <thead>
                  <tr>
                    <th scope="col">信息</th>
                    <th scope="col">检查结果</th>
                    <th scope="col">处理</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((item) => (
                    <tr>
                      <td>
                        <a href={`/staff/items/${item.itemId}`}>{item.title}</a>
                        <br />
                        <span class="field-hint">{item.indexNumber}</span>
                      </td>
                      <td>
                        <Findings item={item} />
                      </td>
                      <td class="review-actions">
                        <a href={`/staff/items/${item.itemId}/revise`}>修订</a> ·{' '}
                        <a href={`/staff/items/${item.itemId}#checks`}>遮盖或撤回</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : page.last !== null ? (
            <p>没有发现问题。</p>
          ) : null}
        </>
      )}
    </StaffLayout>
  );
}

/** Registers the review routes (before /staff/items/:id). */
export function registerItemReviewRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/items/review', async (c) => {
    const actor = requireActor(c);
    const page = await itemReviewFor(deps, actor, queryParam(c, 'organ'));
    const done = queryParam(c, 'done');
    const notice = done !== undefined && /^\d{1,9}$/.test(done) ? `已重新检查 ${done} 条已发布信息。` : null;
    return c.html(
      renderPage(<ReviewView actor={actor} csrfToken={c.get('csrfToken')} page={page} notice={notice} />),
    );
  });
  app.post('/staff/items/review', async (c) => {
    await readForm(c);
    const organId = queryId(c, 'organ');
    const result = await recheckItemsFor(deps, requireActor(c), organId);
    if (!result.ok) {
      throw failureError(result, { what: '机关' });
    }
    return c.redirect(`/staff/items/review?organ=${organId}&done=${result.outcome.checked}`, 303);
  });
}
