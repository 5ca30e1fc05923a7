/**
 * RSS 2.0 and Atom 1.0 documents of published items (an organ's, or one column's), newest first,
 * with the full metadata real portals show (索引号, 文号, 发布机构, 主题分类, 体裁, 成文日期, 有效性)
 * as elements of our own namespace, as categories, and in the description. Every text is escaped;
 * characters XML forbids are dropped.
 */
import { itemKindLabel } from '../../domain/publishing/vocabulary.ts';
import { validityLabel } from './item-format.ts';

/** The namespace of the metadata elements (`gk:indexNumber` …). */
export const FEED_NAMESPACE = 'urn:gongkai:feed:1';

/** One entry: an item's metadata and its page's absolute (or site-relative) URL. */
export type FeedEntry = {
  url: string;
  title: string;
  summary: string;
  organName: string;
  kind: string;
  indexNumber: string | null;
  docNumber: string;
  topic: string;
  genre: string;
  writtenOn: string | null;
  validity: string | null;
  publishedAt: Date;
  updatedAt: Date;
};

/** The feed: its title, its own URL, the page it describes, and its entries. */
export type Feed = {
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

/** The metadata lines of an entry (description and Atom summary). */
function metadataText(entry: FeedEntry): string {
  const lines = [
    ['索引号', entry.indexNumber ?? ''],
    ['发布机构', entry.organName],
    ['文号', entry.docNumber],
    ['成文日期', entry.writtenOn ?? ''],
    ['主题分类', entry.topic],
    ['体裁分类', entry.genre],
    ['有效性', validityLabel(entry.validity)],
  ].filter(([, value]) => value !== '');
  const meta = lines.map(([label, value]) => `${label}：${value}`).join('；');
  return entry.summary === '' ? meta : `${entry.summary}（${meta}）`;
}

/** The namespaced metadata elements of an entry. */
function metadataElements(entry: FeedEntry, indent: string): string {
  const fields: [string, string | null][] = [
    ['indexNumber', entry.indexNumber],
    ['organ', entry.organName],
    ['kind', entry.kind],
    ['docNumber', entry.docNumber],
    ['topic', entry.topic],
    ['genre', entry.genre],
    ['writtenOn', entry.writtenOn],
    ['validity', entry.validity],
  ];
  return fields
    .filter(([, value]) => value !== null && value !== '')
    .map(([name, value]) => `${indent}<gk:${name}>${xmlText(value!)}</gk:${name}>`)
    .join('\n');
}

/**
 * The RSS 2.0 document.
 * @example rssXml({ title: '博山区', description: '', selfUrl: '/o/boshan/gk/rss.xml', pageUrl: '/o/boshan/gk', entries: [] })
 */
export function rssXml(feed: Feed): string {
  const items = feed.entries.map((e) =>
    [
      '    <item>',
      `      <title>${xmlText(e.title)}</title>`,
      `      <link>${xmlText(e.url)}</link>`,
      `      <guid isPermaLink="true">${xmlText(e.url)}</guid>`,
      `      <pubDate>${e.publishedAt.toUTCString()}</pubDate>`,
      `      <description>${xmlText(metadataText(e))}</description>`,
      `      <category>${xmlText(itemKindLabel(e.kind))}</category>`,
      ...(e.topic === '' ? [] : [`      <category domain="主题分类">${xmlText(e.topic)}</category>`]),
      metadataElements(e, '      '),
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
 * The Atom 1.0 document (its id is the feed's own URL; each entry's id is its page's URL).
 * @param updated when the newest entry changed (`updated` is required even when there are none)
 */
export function atomXml(feed: Feed, updated: Date): string {
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <title>${xmlText(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.url)}"/>`,
      `    <id>${xmlText(e.url)}</id>`,
      `    <published>${e.publishedAt.toISOString()}</published>`,
      `    <updated>${e.updatedAt.toISOString()}</updated>`,
      `    <author><name>${xmlText(e.organName)}</name></author>`,
      `    <summary>${xmlText(metadataText(e))}</summary>`,
      `    <category term="${xmlText(e.kind)}" label="${xmlText(itemKindLabel(e.kind))}"/>`,
      metadataElements(e, '    '),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:gk="${FEED_NAMESPACE}" xml:lang="zh-CN">`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <subtitle>${xmlText(feed.description)}</subtitle>`,
    `  <id>${xmlText(feed.selfUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.pageUrl)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
