/**
 * 信息检索 (条例第二十四条: the platform 「应当具备信息检索、查阅、下载等功能」): the form with
 * filters, the count, facets (each ignoring its own filter), hits with the matched words marked
 * (text pieces escaped by JSX; only <mark> is added), where in the item the hit is, and keyset
 * paging. Bad input shows what to change.
 */
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { topicOptions } from '../../domain/publishing/topics.ts';
import { GENRES, VALIDITIES, VALIDITY_LABELS, isOneOf } from '../../domain/publishing/vocabulary.ts';
import { snippet, type Piece } from '../../domain/search/highlight.ts';
import type { RawSearchParams } from '../../domain/search/search-params.ts';
import { formatCursor } from '../../domain/search/search-params.ts';
import type { FacetName, FacetValue, SearchHit } from '../../domain/search/search-types.ts';
import {
  hitPath,
  SEARCH_SOURCE_KINDS,
  SEARCH_SOURCE_LABELS,
  type SearchSourceKind,
} from '../../domain/search/search-source.ts';
import type { PublicSearch } from '../../app/search/search-public.ts';
import { organBase, type Frame } from './frame.ts';
import { beijingDay } from './item-format.ts';
import { baseCrumbs, PortalPage } from './portal-layout.tsx';

export type SearchPageProps = {
  frame: Frame;
  /** the organ of /o/:slug/search, or null site-wide */
  organ: PortalOrgan | null;
  raw: RawSearchParams;
  outcome: { ok: true; found: PublicSearch } | { ok: false; errors: Record<string, string> } | null;
};

const FACET_TITLES: Record<FacetName, string> = {
  organ: '发布机构',
  genre: '体裁',
  topic: '主题分类',
  validity: '有效性',
};
const FACET_PARAM: Record<FacetName, keyof RawSearchParams> = {
  organ: 'organ',
  genre: 'genre',
  topic: 'topic',
  validity: 'validity',
};

function Marked(props: { pieces: readonly Piece[] }) {
  return <>{props.pieces.map((p) => (p.hit ? <mark>{p.text}</mark> : p.text))}</>;
}

/** The page's URL with some parameters changed (paging always restarts unless `after` is given). */
function hrefOf(action: string, raw: RawSearchParams, change: RawSearchParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...raw, after: undefined, ...change })) {
    if (value !== undefined && value !== '') {
      params.set(key, value);
    }
  }
  return `${action}?${params.toString()}`;
}

const BODY_NAMES: Record<SearchSourceKind, string> = { item: '正文', report: '报告正文', reply: '答复正文' };

function whereLabel(hit: SearchHit): string {
  if (hit.part === 'record') {
    return hit.sourceKind === 'reply' ? '申请内容或文号' : '标题、文号或概述';
  }
  return hit.part === 'body'
    ? `${BODY_NAMES[hit.sourceKind]}第${hit.partChunk}段`
    : `附件《${hit.fileName}》第${hit.partChunk}段`;
}

/** The kind filter: 全部 / 主动公开 / 年度报告 / 依申请公开答复 (links keep the other filters). */
function KindTabs(props: { action: string; raw: RawSearchParams }) {
  const current = props.raw.kind ?? '';
  const tabs: [string, string][] = [
    ['', '全部'],
    ...SEARCH_SOURCE_KINDS.map((k): [string, string] => [k, SEARCH_SOURCE_LABELS[k]]),
  ];
  return (
    <nav class="pt-search-kinds" aria-label="信息类别">
      <ul>
        {tabs.map(([value, label]) => (
          <li>
            <a
              href={hrefOf(props.action, props.raw, { kind: value })}
              aria-current={current === value ? 'true' : undefined}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function facetLabel(name: FacetName, value: FacetValue): string {
  if (name === 'validity') {
    return isOneOf(VALIDITIES, value.value) ? VALIDITY_LABELS[value.value] : '不适用';
  }
  return value.label;
}

function Facets(props: { action: string; raw: RawSearchParams; found: PublicSearch; names: FacetName[] }) {
  return (
    <aside class="pt-search-facets" aria-label="按条件筛选">
      {props.found.results.totalCapped ? (
        <p class="pt-search-count">结果较多，以下计数只统计最新发布的一部分信息。</p>
      ) : null}
      {props.names.map((name) => {
        const values = props.found.results.facets[name];
        const param = FACET_PARAM[name];
        const current = props.raw[param];
        return values.length === 0 ? null : (
          <section>
            <h2>{FACET_TITLES[name]}</h2>
            <ul>
              {current ? (
                <li>
                  <a href={hrefOf(props.action, props.raw, { [param]: '' })}>全部</a>
                </li>
              ) : null}
              {values
                .filter((v) => name === 'validity' || v.value !== '')
                .map((v) => (
                  <li>
                    <a
                      href={hrefOf(props.action, props.raw, { [param]: v.value })}
                      aria-current={current === v.value ? 'true' : undefined}
                    >
                      {facetLabel(name, v)}
                    </a>{' '}
                    <span class="pt-search-count">({v.count})</span>
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}

function Hits(props: { found: PublicSearch }) {
  const units = props.found.search.query.units;
  return (
    <ol class="pt-search-hits">
      {props.found.results.hits.map((hit) => (
        <li>
          <h2 class="pt-search-title">
            <span class={`pt-search-kind pt-search-kind-${hit.sourceKind}`}>
              {SEARCH_SOURCE_LABELS[hit.sourceKind]}
            </span>{' '}
            <a href={hitPath(hit)}>
              <Marked pieces={snippet(hit.title, units, 200)} />
            </a>
          </h2>
          <p class="pt-search-snippet">
            <Marked pieces={snippet(hit.content, units, 60)} />
          </p>
          <p class="pt-search-meta">
            <span>{hit.organName}</span>
            {hit.docNumber === '' ? null : (
              <span>
                <Marked pieces={snippet(hit.docNumber, units, 200)} />
              </span>
            )}
            <span>发布日期：{beijingDay(hit.publishedAt)}</span>
            <span>命中：{whereLabel(hit)}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
}) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.id}>
        <option value="">全部</option>
        {props.options.map(([value, label]) => (
          <option value={value} selected={props.value === value}>
            {label}
          </option>
        ))}
      </select>
    </>
  );
}

function SearchForm(props: { action: string; raw: RawSearchParams; organs: PortalOrgan[] | null }) {
  const { raw } = props;
  return (
    <form
      method="get"
      action={props.action}
      class="pt-filter pt-search-form"
      role="search"
      aria-label="信息检索"
    >
      <label for="q">检索词</label>
      <input id="q" name="q" type="search" value={raw.q ?? ''} maxlength={1000} class="pt-search-q" />
      <button type="submit">检索</button>
      {props.organs === null ? null : (
        <Select
          id="organ"
          label="发布机构"
          value={raw.organ}
          options={props.organs.map((o) => [String(o.id), o.name])}
        />
      )}
      <Select
        id="kind"
        label="信息类别"
        value={raw.kind}
        options={SEARCH_SOURCE_KINDS.map((k) => [k, SEARCH_SOURCE_LABELS[k]])}
      />
      <Select id="genre" label="体裁" value={raw.genre} options={GENRES.map((g) => [g, g])} />
      <Select
        id="topic"
        label="主题分类"
        value={raw.topic}
        options={topicOptions().map((t) => [t, t.replace('\\', '／')])}
      />
      <Select
        id="validity"
        label="有效性"
        value={raw.validity}
        options={VALIDITIES.map((v) => [v, VALIDITY_LABELS[v]])}
      />
      <label for="from">发布日期从</label>
      <input id="from" name="from" type="date" value={raw.from ?? ''} />
      <label for="to">至</label>
      <input id="to" name="to" type="date" value={raw.to ?? ''} />
      <label for="writtenFrom">成文日期从</label>
      <input id="writtenFrom" name="writtenFrom" type="date" value={raw.writtenFrom ?? ''} />
      <label for="writtenTo">至</label>
      <input id="writtenTo" name="writtenTo" type="date" value={raw.writtenTo ?? ''} />
      <label for="sort">排序</label>
      <select id="sort" name="sort">
        <option value="date">按发布日期</option>
        <option value="relevance" selected={raw.sort === 'relevance'}>
          按相关度
        </option>
      </select>
    </form>
  );
}

function Results(props: { action: string; raw: RawSearchParams; found: PublicSearch; siteWide: boolean }) {
  const { found, raw, action } = props;
  const { results } = found;
  const count = results.totalCapped ? `${results.total}+` : String(results.total);
  return (
    <>
      <KindTabs action={action} raw={raw} />
      <p class="pt-search-summary" role="status">
        {raw.after ? '检索结果（续）' : `找到 ${count} 条信息`}
        {found.search.sort === 'relevance' ? '（按相关度排序）' : '（按发布日期排序，新的在前）'}
      </p>
      {results.hits.length === 0 ? (
        <div class="pt-search-empty">
          <p>{raw.after ? '没有更多结果了。' : '没有找到包含该检索词的信息。可以试试：'}</p>
          <ul>
            {found.advice.map((a) => (
              <li>{a}</li>
            ))}
          </ul>
        </div>
      ) : (
        <div class="pt-search-body">
          <Hits found={found} />
          <Facets
            action={action}
            raw={raw}
            found={found}
            names={props.siteWide ? ['organ', 'genre', 'topic', 'validity'] : ['genre', 'topic', 'validity']}
          />
        </div>
      )}
      <nav class="pt-pager" aria-label="翻页">
        {raw.after ? <a href={hrefOf(action, raw, {})}>回到第一页</a> : null}
        {results.next === null ? null : (
          <a href={hrefOf(action, raw, { after: formatCursor(results.next) })} rel="next">
            下一页
          </a>
        )}
      </nav>
    </>
  );
}

/** The search page (site-wide or one organ's). */
export function SearchPage(props: SearchPageProps & { organs: PortalOrgan[] | null }) {
  const { frame, organ, raw, outcome } = props;
  const action = organ === null ? '/search' : `${organBase(organ)}/search`;
  const title = organ === null ? '信息检索' : `信息检索 - ${organ.name}`;
  return (
    <PortalPage
      frame={frame}
      nav="none"
      crumbs={[...baseCrumbs(frame), { label: '信息检索' }]}
      meta={{ title, columnName: '信息检索', columnType: '检索' }}
    >
      <h1>信息检索{organ === null ? '' : `（${organ.name}及下属机构）`}</h1>
      <SearchForm action={action} raw={raw} organs={props.organs} />
      {outcome === null ? (
        <p class="pt-search-help">
          检索已公开的政府信息：主动公开信息的标题、文号、索引号、内容概述、正文和附件文字，政府信息公开工作年度报告的全文和表格，以及机关公开的依申请公开答复。检索词原样出现在文中即可找到；文号中的括号〔〕[]（）不必区分。
        </p>
      ) : outcome.ok ? (
        <Results action={action} raw={raw} found={outcome.found} siteWide={organ === null} />
      ) : (
        <div class="pt-search-errors" role="alert">
          <p>请修改后再检索：</p>
          <ul>
            {Object.values(outcome.errors).map((message) => (
              <li>{message}</li>
            ))}
          </ul>
        </div>
      )}
    </PortalPage>
  );
}
