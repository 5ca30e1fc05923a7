/**
 * The text search of 主动公开 › 信息 (decision 036): one GET box over 名称、文号、索引号、内容概述和正文
 * of the organ's items in every status, its message when the text cannot be searched, and the line
 * saying how many were found.
 */
import type { ItemsPage } from '../../app/publishing/list-items.ts';
import { STAFF_ITEM_LIMIT as SHOWN } from '../../app/search-staff/staff-item-search.ts';

/** 「检索“…”：找到 N 条」 (at the limit: the newest changed ones, and how to narrow). */
export function searchSummary(text: string, found: number): string {
  return found >= SHOWN
    ? `检索“${text}”：显示最近改动的 ${SHOWN} 条，请输入更多文字缩小范围。`
    : `检索“${text}”：找到 ${found} 条（全部状态）。`;
}

/** The search box; the organ and tab ride along so 清除 returns to the same list. */
export function ItemSearchForm(props: { page: ItemsPage }) {
  const { page } = props;
  const search = page.search;
  return (
    <form method="get" action="/staff/items" class="filter-form" role="search" aria-label="检索信息">
      {page.organ !== null ? <input type="hidden" name="organ" value={String(page.organ.id)} /> : null}
      <input type="hidden" name="tab" value={page.tab} />
      <div class="field">
        <label for="items-q">名称、文号、索引号、内容概述或正文</label>
        <input
          id="items-q"
          name="q"
          type="search"
          maxlength={100}
          value={search?.text ?? ''}
          aria-invalid={search?.error ? 'true' : undefined}
          aria-describedby={search?.error ? 'items-q-error' : undefined}
        />
        {search?.error ? (
          <p id="items-q-error" class="field-error" role="alert">
            {search.error}
          </p>
        ) : null}
      </div>
      <button type="submit" class="button">
        检索
      </button>
      {search !== null && page.organ !== null ? (
        <a class="button" href={`/staff/items?organ=${page.organ.id}&tab=${page.tab}`}>
          清除
        </a>
      ) : null}
    </form>
  );
}
