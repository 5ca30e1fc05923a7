/**
 * RSS 2.0 and Atom 1.0 documents of what the portal publishes — 主动公开 items (an organ's, or one
 * column's) and 依申请公开答复 (an organ's), newest first — with the metadata real portals show as
 * elements of our own namespace, as categories, and in the description (feed-entries.ts makes the
 * entries). Every entry and feed carries a permanent id (feed-ids.ts) that does not change when
 * the site's domain is set or changed. Every text is escaped; characters XML forbids are dropped.
 */

/** The namespace of the metadata elements (`gk:indexNumber` …). */
export const FEED_NAMESPACE = 'urn:gongkai:feed:1';

/** A category: its term, its label, and (for RSS `domain` / Atom `scheme`) the vocabulary, if not the kind. */
export type FeedCategory = { term: string; label: string; domain?: string };

/** One entry: a page's permanent id, its absolute (or site-relative) URL, and what is shown of it. */
export type FeedEntry = {
  /** permanent id (Atom `id`, RSS `guid`), e.g. `urn:uuid:…` */
  id: string;
  url: string;
  title: string;
  /** the publishing organ (Atom `author`) */
  authorName: string;
  /** the description (RSS) and summary (Atom): what it is about and its metadata */
  description: string;
  publishedAt: Date;
  updatedAt: Date;
  categories: readonly FeedCategory[];
  /** `gk:` elements in order; empty or null values are left out */
  elements: readonly (readonly [name: string, value: string | null])[];
};

/** The feed: its permanent id, title, its own URL, the page it describes, and its entries. */
export type Feed = {
  id: string;
  title: string;
  description: string;
  selfUrl: string;
  pageUrl: string;
  entries: readonly FeedEntry[];
};

// XML 1.0 forbids C0 controls other than tab, LF and CR (and lone surrogates, which JS strings may hold)
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as XML character data or an attribute value.
 * @example xmlText('<a href="x">&') // '&lt;a href=&quot;x&quot;&gt;&amp;'
 */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The namespaced metadata elements of an entry. */
function metadataElements(entry: FeedEntry, indent: string): string[] {
  return entry.elements
    .filter((field): field is readonly [string, string] => field[1] !== null && field[1] !== '')
    .map(([name, value]) => `${indent}<gk:${name}>${xmlText(value)}</gk:${name}>`);
}

/**
 * The RSS 2.0 document.
 * @example rssXml({ id: 'urn:uuid:…', title: '博山区', description: '', selfUrl: '/o/boshan/gk/rss.xml', pageUrl: '/o/boshan/gk', entries: [] })
 */
export function rssXml(feed: Feed): string {
  const items = feed.entries.map((e) =>
    [
      '    <item>',
      `      <title>${xmlText(e.title)}</title>`,
      `      <link>${xmlText(e.url)}</link>`,
      `      <guid isPermaLink="false">${xmlText(e.id)}</guid>`,
      `      <pubDate>${e.publishedAt.toUTCString()}</pubDate>`,
      `      <description>${xmlText(e.description)}</description>`,
      ...e.categories.map(
        (c) =>
          `      <category${c.domain === undefined ? '' : ` domain="${xmlText(c.domain)}"`}>${xmlText(c.label)}</category>`,
      ),
      ...metadataElements(e, '      '),
      '    </item>',
    ].join('\n'),
  );
  const newest = feed.entries[0]?.publishedAt;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:gk="${FEED_NAMESPACE}">`,
    '  <channel>',
    `    <title>${xmlText(feed.title)}</title>`,
    `    <link>${xmlText(feed.pageUrl)}</link>`,
    `    <description>${xmlText(feed.description)}</description>`,
    '    <language>zh-CN</language>',
    `    <atom:link href="${xmlText(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest === undefined ? [] : [`    <lastBuildDate>${newest.toUTCString()}</lastBuildDate>`]),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/**
 * The Atom 1.0 document (the feed's and each entry's id are their permanent ids, RFC 4287 §4.2.6).
 * @param updated when the newest entry changed (`updated` is required even when there are none)
 */
export function atomXml(feed: Feed, updated: Date): string {
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <title>${xmlText(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.url)}"/>`,
      `    <id>${xmlText(e.id)}</id>`,
      `    <published>${e.publishedAt.toISOString()}</published>`,
      `    <updated>${e.updatedAt.toISOString()}</updated>`,
      `    <author><name>${xmlText(e.authorName)}</name></author>`,
      `    <summary>${xmlText(e.description)}</summary>`,
      ...e.categories.map(
        (c) =>
          `    <category term="${xmlText(c.term)}"${c.domain === undefined ? '' : ` scheme="${xmlText(`${FEED_NAMESPACE}#${encodeURIComponent(c.domain)}`)}"`} label="${xmlText(c.label)}"/>`,
      ),
      ...metadataElements(e, '    '),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:gk="${FEED_NAMESPACE}" xml:lang="zh-CN">`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <subtitle>${xmlText(feed.description)}</subtitle>`,
    `  <id>${xmlText(feed.id)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.pageUrl)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
