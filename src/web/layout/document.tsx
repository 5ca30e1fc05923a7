/**
 * The HTML document every page shares: doctype, lang, the national page tags (SiteName,
 * SiteDomain, SiteIDCode, ColumnName…; portal-conventions §1.5), styles, and the 适老化 switch
 * (large text / high contrast) applied as a class on <html> from a cookie — no JavaScript needed.
 */
import type { Child } from 'hono/jsx';

export type PageMeta = {
  title: string;
  siteName?: string;
  /** SiteDomain (default `localhost`). */
  siteDomain?: string;
  /** SiteIDCode, the 政府网站标识码 (empty until configured). */
  siteIdCode?: string;
  columnName?: string;
  columnType?: string;
  columnDescription?: string;
  columnKeywords?: string;
  /** Item pages: ArticleTitle, PubDate (`YYYY-MM-DD HH:MM`), ContentSource. */
  articleTitle?: string;
  pubDate?: string;
  contentSource?: string;
  /** Item pages, optional tags of §1.5: Keywords, Description (the summary), Url (the page's address). */
  keywords?: string;
  description?: string;
  url?: string;
  /** Feeds of the page's items (RSS/Atom autodiscovery links). */
  feeds?: readonly { title: string; href: string; type: 'rss' | 'atom' }[];
};

export type DocumentProps = { meta: PageMeta; isElderMode?: boolean; bodyClass?: string; children?: Child };

/** The whole page. Render with `renderPage` (adds the doctype). */
export function Document(props: DocumentProps) {
  const { meta } = props;
  return (
    <html lang="zh-CN" class={props.isElderMode ? 'elder' : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.siteName ? `${meta.title} - ${meta.siteName}` : meta.title}</title>
        <meta name="SiteName" content={meta.siteName ?? 'gongkai'} />
        <meta name="SiteDomain" content={meta.siteDomain ?? 'localhost'} />
        <meta name="SiteIDCode" content={meta.siteIdCode ?? ''} />
        {meta.columnName ? <meta name="ColumnName" content={meta.columnName} /> : null}
        {meta.columnDescription ? <meta name="ColumnDescription" content={meta.columnDescription} /> : null}
        {meta.columnKeywords ? <meta name="ColumnKeywords" content={meta.columnKeywords} /> : null}
        {meta.columnType ? <meta name="ColumnType" content={meta.columnType} /> : null}
        {meta.articleTitle ? <meta name="ArticleTitle" content={meta.articleTitle} /> : null}
        {meta.pubDate ? <meta name="PubDate" content={meta.pubDate} /> : null}
        {meta.contentSource ? <meta name="ContentSource" content={meta.contentSource} /> : null}
        {meta.keywords ? <meta name="Keywords" content={meta.keywords} /> : null}
        {meta.description ? <meta name="Description" content={meta.description} /> : null}
        {meta.description ? <meta name="description" content={meta.description} /> : null}
        {meta.url ? <meta name="Url" content={meta.url} /> : null}
        {(meta.feeds ?? []).map((feed) => (
          <link rel="alternate" type={`application/${feed.type}+xml`} title={feed.title} href={feed.href} />
        ))}
        <link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/app.css" />
        <link rel="stylesheet" href="/static/report.css" />
        <link rel="stylesheet" href="/static/cases.css" />
        <link rel="stylesheet" href="/static/publishing.css" />
      </head>
      <body class={props.bodyClass}>{props.children}</body>
    </html>
  );
}

/** `<!doctype html>` + the rendered page (Hono JSX emits no doctype; without it pages render in quirks mode). */
export function renderPage(page: unknown): string {
  return `<!doctype html>${String(page)}`;
}
