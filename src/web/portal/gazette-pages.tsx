/**
 * The public 政府公报 pages (decision 025): the organ's issues by year, and one issue as printed —
 * 目录, then each item's title, 文号 and text — printable, with the issue's PDF.
 */
import { raw } from 'hono/html';
import type { GazetteYear, PublicIssue } from '../../app/portal/gazette-pages.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { issueLabel } from '../../domain/publishing/gazette.ts';
import { itemKindLabel } from '../../domain/publishing/vocabulary.ts';
import { organBase, type Frame } from './frame.ts';
import { baseCrumbs, PortalPage, type Crumb } from './portal-layout.tsx';

function crumbs(frame: Frame, organ: PortalOrgan, trail: Crumb[]): Crumb[] {
  const base = organBase(organ);
  return [
    ...baseCrumbs(frame),
    { label: '政府信息公开', href: `${base}/gk` },
    { label: '法定主动公开内容', href: `${base}/gk/statutory` },
    ...trail,
  ];
}

const columnMeta = (organ: PortalOrgan) => ({
  columnName: '政府公报',
  columnType: '政策文件',
  columnDescription: `${organ.name}政府公报：按期编印的规章、规范性文件和其他政府信息`,
  columnKeywords: `${organ.name},政府公报`,
});

/** /o/:slug/gk/gazette — the issues by year. */
export function GazetteListPage(props: { frame: Frame; organ: PortalOrgan; years: readonly GazetteYear[] }) {
  const { frame, organ, years } = props;
  const base = organBase(organ);
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={crumbs(frame, organ, [{ label: '政府公报' }])}
      mainClass="pt-article"
      meta={{ title: `${organ.name}公报`, ...columnMeta(organ) }}
    >
      <h1>{organ.name}公报</h1>
      {years.length === 0 ? (
        <p class="pt-empty-state">暂无出版的政府公报。</p>
      ) : (
        years.map((y) => (
          <section aria-labelledby={`y${y.year}`}>
            <h2 id={`y${y.year}`}>{y.year}年</h2>
            <ul class="pt-doc-list">
              {y.issues.map((issue) => (
                <li>
                  <a class="pt-doc-title" href={`${base}/gk/gazette/${issue.year}/${issue.number}`}>
                    {issueLabel(issue.year, issue.number, issue.totalNumber)}
                  </a>
                  <span class="pt-doc-note">
                    {issue.title} · 出版日期 {issue.publishedOn} · {issue.itemCount} 篇
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </PortalPage>
  );
}

/** /o/:slug/gk/gazette/:year/:number — one issue as printed. */
export function GazetteIssuePage(props: { frame: Frame; organ: PortalOrgan; data: PublicIssue }) {
  const { frame, organ, data } = props;
  const { issue } = data;
  const base = organBase(organ);
  const label = issueLabel(issue.year, issue.number, issue.totalNumber);
  const pdfKb = Math.max(1, Math.round((issue.pdfSize ?? 0) / 1024));
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={crumbs(frame, organ, [{ label: '政府公报', href: `${base}/gk/gazette` }, { label }])}
      mainClass="pt-article pt-gazette"
      meta={{
        title: `${issue.title} - ${organ.name}`,
        ...columnMeta(organ),
        articleTitle: issue.title,
        pubDate: `${issue.publishedOn ?? ''} 00:00`,
        contentSource: organ.name,
      }}
    >
      <h1 class="pt-item-title">{issue.title}</h1>
      <p class="pt-gazette-meta">
        {label} · 出版日期 {issue.publishedOn}
      </p>
      <p class="pt-gazette-tools">
        <a href={`${base}/gk/gazette/${issue.year}/${issue.number}/pdf`}>
          下载本期PDF（{issue.pdfPages} 页，{pdfKb} KB）
        </a>
        <button type="button" class="pt-print" data-print="">
          打印本页
        </button>
      </p>
      <nav class="pt-gazette-contents" aria-labelledby="contents">
        <h2 id="contents">目录</h2>
        <ol>
          {data.entries.map((e, i) => (
            <li>
              <span class="pt-tag">{itemKindLabel(e.snapshot.kind)}</span>
              <a href={`#a${i + 1}`}>{e.snapshot.title}</a>
              {e.snapshot.docNumber === '' ? null : <span class="pt-doc-number">{e.snapshot.docNumber}</span>}
            </li>
          ))}
        </ol>
      </nav>
      {data.entries.map((e, i) => (
        <article class="pt-gazette-article" aria-labelledby={`a${i + 1}`}>
          <h2 id={`a${i + 1}`} class="pt-gazette-title">
            {e.snapshot.title}
          </h2>
          {e.snapshot.docNumber === '' ? null : <p class="pt-gazette-docnumber">{e.snapshot.docNumber}</p>}
          {e.withdrawn ? (
            <p class="pt-validity-notice" role="note">
              本文已由发布机关撤回，此处为公报出版时的原文。
            </p>
          ) : (
            <p class="pt-gazette-online">
              <a href={`${base}/gk/items/${e.itemId}`}>网上原文</a>
            </p>
          )}
          <div class="pt-item-body">{raw(e.snapshot.bodyHtml)}</div>
        </article>
      ))}
      <script src="/static/print.js" defer></script>
    </PortalPage>
  );
}
