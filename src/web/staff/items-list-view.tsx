/**
 * 主动公开 › 信息: tabs by status (and the 第二十六条 tab: unpublished items near or past their 20
 * working days), the organ picker, and one list with 形成日期, the limit and its state.
 */
import type { ItemsPage, ItemTab } from '../../app/publishing/list-items.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  ITEM_STATUS_LABELS,
  isOneOf,
  ITEM_STATUSES,
  itemKindLabel,
} from '../../domain/publishing/vocabulary.ts';
import { PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';
import { DeadlineText } from './item-deadline.tsx';
import { ItemSearchForm, searchSummary } from './item-search-form.tsx';

const TAB_LABELS: Record<ItemTab, string> = { due: '第二十六条时限', ...ITEM_STATUS_LABELS };

/** The list page. */
export function ItemsListView(props: { actor: Actor; csrfToken: string; page: ItemsPage }) {
  const { page } = props;
  const organParam = page.organ === null ? '' : `organ=${page.organ.id}&`;
  return (
    <StaffLayout title="主动公开" actor={props.actor} csrfToken={props.csrfToken} section="items">
      <PageHeader
        title="主动公开"
        lead="先审查后公开：草稿 → 待审核 → 待签发 → 已发布；属于主动公开范围的信息自形成或者变更之日起20个工作日内公开（条例第二十六条）。"
      >
        {page.organ !== null ? (
          <a class="button" href={`/staff/items/bulk?organ=${page.organ.id}`}>
            批量处理
          </a>
        ) : null}
        {page.canImport && page.organ !== null ? (
          <a class="button" href={`/staff/items/import?organ=${page.organ.id}`}>
            导入已有网站的信息
          </a>
        ) : null}
        {page.organ !== null ? (
          <a class="button" href={`/staff/items/review?organ=${page.organ.id}`}>
            已发布信息复查
          </a>
        ) : null}
        {page.organ !== null ? (
          <a class="button" href={`/staff/items/gazette?organ=${page.organ.id}`}>
            政府公报
          </a>
        ) : null}
        {page.canManageSettings && page.organ !== null ? (
          <>
            <a class="button" href={`/staff/items/columns?organ=${page.organ.id}`}>
              栏目设置
            </a>
            <a class="button" href={`/staff/items/directory?organ=${page.organ.id}`}>
              事项目录
            </a>
            <a class="button" href={`/staff/items/settings?organ=${page.organ.id}`}>
              发布设置
            </a>
          </>
        ) : null}
        {page.canDraft && page.organ !== null ? (
          <a class="button button-primary" href={`/staff/items/new?organ=${page.organ.id}`}>
            起草信息
          </a>
        ) : null}
      </PageHeader>
      {page.organs.length > 1 ? (
        <form method="get" action="/staff/items" class="filter-bar">
          <label for="organ">机关</label>
          <select id="organ" name="organ">
            {page.organs.map((o) => (
              <option value={String(o.id)} selected={o.id === page.organ?.id}>
                {o.name}
              </option>
            ))}
          </select>
          <input type="hidden" name="tab" value={page.tab} />
          <button type="submit" class="button">
            切换
          </button>
        </form>
      ) : null}
      {page.organ === null ? (
        <p>
          您在任何机关都没有主动公开的角色。请联系本机关管理员分配“公开专员”“审核人”或“领导（签发）”角色。
        </p>
      ) : (
        <>
          <ItemSearchForm page={page} />
          <nav class="queue-tabs item-tabs" aria-label="信息状态">
            <ul>
              {(['due', ...ITEM_STATUSES] as const).map((tab) => (
                <li>
                  <a
                    href={`/staff/items?${organParam}tab=${tab}`}
                    aria-current={tab === page.tab ? 'page' : undefined}
                  >
                    {TAB_LABELS[tab]}
                    <span class="tab-count">{page.counts[tab] ?? 0}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {page.search !== null && page.search.error === null ? (
            <p class="search-summary" role="status">
              {searchSummary(page.search.text, page.lines.length)}
            </p>
          ) : null}
          {page.lines.length === 0 ? (
            <p class="empty-state">
              {page.search !== null
                ? page.search.error === null
                  ? `没有与“${page.search.text}”相符的信息。`
                  : '请修改检索词后重新检索。'
                : page.tab === 'due'
                  ? '没有即将到期或已逾期的未发布信息。'
                  : `没有“${TAB_LABELS[page.tab]}”的信息。`}
            </p>
          ) : (
            <div class="table-wrap">
              <table class="data-table items-table">
                <caption class="visually-hidden">
                  {page.search === null ? `${TAB_LABELS[page.tab]}信息列表` : '检索结果'}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">标题</th>
                    <th scope="col">类别</th>
                    <th scope="col">状态</th>
                    <th scope="col">形成日期</th>
                    <th scope="col">公开时限</th>
                    <th scope="col">起草人</th>
                  </tr>
                </thead>
                <tbody>
                  {page.lines.map((line) => (
                    <tr>
                      <td>
                        <a href={`/staff/items/${line.id}`}>{line.title}</a>
                        {line.indexNumber ? <div class="cell-note">{line.indexNumber}</div> : null}
                      </td>
                      <td>{itemKindLabel(line.kind)}</td>
                      <td>
                        {isOneOf(ITEM_STATUSES, line.status) ? ITEM_STATUS_LABELS[line.status] : line.status}
                      </td>
                      <td>{line.formedOn}</td>
                      <td>{line.deadline ? <DeadlineText deadline={line.deadline} /> : '—'}</td>
                      <td>{line.draftedByName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </StaffLayout>
  );
}
