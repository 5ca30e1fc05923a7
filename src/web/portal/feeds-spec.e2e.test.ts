/**
 * The feeds against their specifications: each document is parsed by a strict, namespace-aware XML
 * parser (saxes: any well-formedness error throws), then the elements RSS 2.0
 * (https://www.rssboard.org/rss-specification) and Atom 1.0 (RFC 4287) require are checked —
 * their presence, their count, and the form of dates and identifiers — with the site's domain set,
 * as a deployed portal has it: the item feeds of an organ and a column, and the feeds of an organ's
 * public replies. Ids are permanent (decision 042): the same on every request and after the domain
 * changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { SaxesParser } from 'saxes';
import type { Db } from '../../db/db.ts';
import type { AppDeps } from '../../app/deps.ts';
import { createTestApp, insertTestOrgans, openTestDb } from '../../../test/portal.ts';
import {
  HOSTILE_REPLY_SUMMARY,
  HOSTILE_TITLE,
  insertPublicReplyRows,
  publishOpenDataWorld,
} from '../../../test/open-data.ts';
import { FEED_NAMESPACE_KEY, feedId } from '../../app/open-data/feed-ids.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import type { AppEnv } from '../context.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

type El = { name: string; ns: string; attrs: Record<string, string>; children: El[]; text: string };

/** Parses `xml` strictly into a tree of elements (throws on any well-formedness error). */
function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const root: El = { name: '#document', ns: '', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [name, attr] of Object.entries(tag.attributes)) {
      attrs[name] = typeof attr === 'string' ? attr : attr.value;
    }
    const el: El = { name: tag.local ?? tag.name, ns: tag.uri ?? '', attrs, children: [], text: '' };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('text', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const kids = (el: El, name: string, ns = '') => el.children.filter((c) => c.name === name && c.ns === ns);
const one = (el: El, name: string, ns = '') => {
  const found = kids(el, name, ns);
  expect(found, `exactly one <${name}> in <${el.name}>`).toHaveLength(1);
  return found[0]!;
};
const isAbsoluteUrl = (text: string) => /^https?:\/\/[^\s/]+\/\S*$/.test(text.trim());
/** An absolute IRI (RFC 3987: a scheme, then no spaces), as Atom ids must be. */
const isAbsoluteIri = (text: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(text.trim());
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** RSS 2.0: <rss version="2.0"><channel> with title, link, description; items with title or description. */
function checkRss(xml: string): El[] {
  const rss = parseXml(xml);
  expect(rss.name).toBe('rss');
  expect(rss.attrs.version).toBe('2.0');
  const channel = one(rss, 'channel');
  for (const required of ['title', 'link', 'description']) {
    one(channel, required);
  }
  expect(isAbsoluteUrl(one(channel, 'link').text)).toBe(true);
  for (const date of [...kids(channel, 'lastBuildDate'), ...kids(channel, 'pubDate')]) {
    expect(date.text).toMatch(RFC822);
  }
  const self = kids(channel, 'link', ATOM);
  expect(self.map((l) => l.attrs.rel)).toEqual(['self']);
  expect(isAbsoluteUrl(self[0]!.attrs.href!)).toBe(true);
  const items = kids(channel, 'item');
  for (const item of items) {
    expect(kids(item, 'title').length + kids(item, 'description').length).toBeGreaterThan(0);
    expect(kids(item, 'title').length).toBeLessThanOrEqual(1);
    expect(isAbsoluteUrl(one(item, 'link').text)).toBe(true);
    expect(one(item, 'pubDate').text).toMatch(RFC822);
    // a guid is a URL unless isPermaLink="false" says it is only an identifier
    const guid = one(item, 'guid');
    expect(guid.attrs.isPermaLink === 'false' ? guid.text.trim() !== '' : isAbsoluteUrl(guid.text)).toBe(
      true,
    );
  }
  return items;
}

/** Atom (RFC 4287 §4.1.1–4.1.2): feed and entries with one id (an absolute IRI), title and updated. */
function checkAtom(xml: string): El[] {
  const feed = parseXml(xml);
  expect([feed.name, feed.ns]).toEqual(['feed', ATOM]);
  for (const required of ['id', 'title', 'updated']) {
    one(feed, required, ATOM);
  }
  expect(isAbsoluteIri(one(feed, 'id', ATOM).text)).toBe(true);
  expect(one(feed, 'updated', ATOM).text).toMatch(RFC3339);
  const links = kids(feed, 'link', ATOM);
  expect(links.filter((l) => l.attrs.rel === 'self')).toHaveLength(1);
  const entries = kids(feed, 'entry', ATOM);
  const feedHasAuthor = kids(feed, 'author', ATOM).length > 0;
  for (const entry of entries) {
    for (const required of ['id', 'title', 'updated']) {
      one(entry, required, ATOM);
    }
    expect(isAbsoluteIri(one(entry, 'id', ATOM).text)).toBe(true);
    expect(one(entry, 'updated', ATOM).text).toMatch(RFC3339);
    for (const published of kids(entry, 'published', ATOM)) {
      expect(published.text).toMatch(RFC3339);
    }
    // an entry without content must have a link rel="alternate"; every entry an author (or the feed's)
    const alternates = kids(entry, 'link', ATOM).filter((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
    expect(kids(entry, 'content', ATOM).length > 0 || alternates.length > 0).toBe(true);
    expect(feedHasAuthor || kids(entry, 'author', ATOM).length > 0).toBe(true);
    for (const author of kids(entry, 'author', ATOM)) {
      one(author, 'name', ATOM);
    }
  }
  return entries;
}

describe('RSS 2.0 and Atom 1.0 feeds against their specifications', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  let deps: AppDeps;
  const replyIds: number[] = [];

  beforeAll(async () => {
    db = await openTestDb();
    const ids = await insertTestOrgans(db);
    await db.query("INSERT INTO settings (key, value) VALUES ('site.domain', 'gk.boshan.gov.cn')");
    ({ app, deps } = createTestApp(db));
    await publishOpenDataWorld(deps, ids);
    replyIds.push(await insertPublicReplyRows(db, ids.root, 1), await insertPublicReplyRows(db, ids.root, 2));
  }, 180_000);
  afterAll(async () => {
    await deps.parsePool?.close();
    await db.close();
  });

  const fetchXml = async (path: string) => {
    const res = await app.request(path);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  it('serves RSS 2.0 per organ and per column with the required elements', async () => {
    const organ = checkRss(await fetchXml('/o/boshan/gk/rss.xml'));
    expect(organ.map((i) => one(i, 'title').text)).toContain(HOSTILE_TITLE);
    expect(organ.map((i) => one(i, 'title').text)).not.toContain('关于停水的通知');
    const column = checkRss(await fetchXml('/o/boshan/gk/c/documents-2/rss.xml'));
    expect(column.map((i) => one(i, 'title').text)).toEqual(['博山区城市绿化管理办法']);
  });

  it('serves Atom 1.0 per organ and per column with the required elements', async () => {
    const organ = checkAtom(await fetchXml('/o/boshan/gk/atom.xml'));
    expect(organ.map((e) => one(e, 'title', ATOM).text)).toContain(HOSTILE_TITLE);
    const ids = organ.map((e) => one(e, 'id', ATOM).text);
    expect(new Set(ids).size).toBe(ids.length);
    checkAtom(await fetchXml('/o/boshan/gk/c/documents-2/atom.xml'));
  });

  it('serves well-formed, valid feeds for an organ with nothing published', async () => {
    expect(checkRss(await fetchXml('/o/czj/gk/rss.xml'))).toEqual([]);
    expect(checkAtom(await fetchXml('/o/czj/gk/atom.xml'))).toEqual([]);
  });

  it('serves RSS 2.0 and Atom 1.0 of an organ’s public replies, newest first, advertised on the list', async () => {
    const rss = checkRss(await fetchXml('/o/boshan/gk/replies/rss.xml'));
    expect(rss.map((i) => one(i, 'link').text)).toEqual(
      [...replyIds].reverse().map((id) => `http://gk.boshan.gov.cn/o/boshan/gk/replies/${id}`),
    );
    expect(one(rss[0]!, 'title').text).toBe(`关于“${HOSTILE_REPLY_SUMMARY}”的答复`);
    expect(one(rss[0]!, 'description').text).toContain('办理结果：予以公开');
    expect(one(rss[0]!, 'outcome', 'urn:gongkai:feed:1').text).toBe('予以公开');
    const atom = checkAtom(await fetchXml('/o/boshan/gk/replies/atom.xml'));
    expect(atom.map((e) => one(e, 'title', ATOM).text)).toHaveLength(2);
    expect(checkRss(await fetchXml('/o/czj/gk/replies/rss.xml'))).toEqual([]);
    expect(checkAtom(await fetchXml('/o/czj/gk/replies/atom.xml'))).toEqual([]);
    const page = await (await app.request('/o/boshan/gk/replies')).text();
    expect(page).toContain(
      '<link rel="alternate" type="application/rss+xml" title="淄博市博山区人民政府依申请公开答复（RSS）" href="/o/boshan/gk/replies/rss.xml"/>',
    );
    expect(page).toContain('type="application/atom+xml"');
    expect((await app.request('/o/nobody/gk/replies/rss.xml')).status).toBe(404);
    expect((await app.request('/o/boshan/gk/replies/feed.xml')).status).toBe(404);
  });

  it('keeps every id across requests and when the domain changes (installation-scoped UUIDs)', async () => {
    const idsOf = async (path: string) => {
      const feed = parseXml(await fetchXml(path));
      return [one(feed, 'id', ATOM).text, ...kids(feed, 'entry', ATOM).map((e) => one(e, 'id', ATOM).text)];
    };
    const paths = [
      '/o/boshan/gk/atom.xml',
      '/o/boshan/gk/c/documents-2/atom.xml',
      '/o/boshan/gk/replies/atom.xml',
    ];
    const before = await Promise.all(paths.map(idsOf));
    expect(await Promise.all(paths.map(idsOf))).toEqual(before);
    // three feeds, three ids; within a feed one id per entry (an item in its column's feed too keeps its id)
    expect(new Set(before.map((ids) => ids[0])).size).toBe(3);
    for (const ids of before) {
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(before[1]!.slice(1).every((id) => before[0]!.includes(id))).toBe(true);
    const [row] = await db.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [
      FEED_NAMESPACE_KEY,
    ]);
    expect(before[2]![1]).toBe(feedId(row!.value, { kind: 'reply', id: replyIds[1]! }));
    const rssGuids = async () =>
      kids(one(parseXml(await fetchXml('/o/boshan/gk/replies/rss.xml')), 'channel'), 'item').map(
        (i) => one(i, 'guid').text,
      );
    expect(await rssGuids()).toEqual(before[2]!.slice(1));
    try {
      await db.query("UPDATE settings SET value = 'gk.zibo.gov.cn' WHERE key = 'site.domain'");
      portalDirectoryFor(db).invalidate();
      expect(await fetchXml('/o/boshan/gk/replies/atom.xml')).toContain(
        'http://gk.zibo.gov.cn/o/boshan/gk/replies/',
      );
      expect(await Promise.all(paths.map(idsOf))).toEqual(before);
      await db.query("DELETE FROM settings WHERE key = 'site.domain'");
      portalDirectoryFor(db).invalidate();
      expect(await Promise.all(paths.map(idsOf))).toEqual(before);
    } finally {
      await db.query(
        "INSERT INTO settings (key, value) VALUES ('site.domain', 'gk.boshan.gov.cn') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
      );
      portalDirectoryFor(db).invalidate();
    }
  });

  it('the checks catch a broken document (they can fail)', () => {
    expect(() => parseXml('<rss version="2.0"><channel></rss>')).toThrow();
    expect(() => parseXml('<rss>&nbsp;</rss>')).toThrow();
    expect(() => checkRss('<rss version="2.0"><channel><title>t</title></channel></rss>')).toThrow();
    expect(() =>
      checkAtom(
        `<feed xmlns="${ATOM}"><id>/relative</id><title>t</title><updated>2026-01-01T00:00:00Z</updated></feed>`,
      ),
    ).toThrow();
    expect(() =>
      checkRss(
        '<rss version="2.0"><channel><title>t</title><link>https://a.cn/</link><description>d</description><atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="self" href="https://a.cn/r"/><item><title>x</title><link>https://a.cn/1</link><pubDate>Mon, 06 Apr 2026 02:00:00 GMT</pubDate><guid>/relative</guid></item></channel></rss>',
      ),
    ).toThrow();
  });
});
