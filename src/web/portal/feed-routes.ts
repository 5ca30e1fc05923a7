/**
 * The feeds of 主动公开, at stable URLs: an organ's newest published items
 * (/o/:slug/gk/rss.xml, /o/:slug/gk/atom.xml) and one column's
 * (/o/:slug/gk/c/:column/rss.xml, …/atom.xml). 50 entries each, with ETag and Last-Modified (the
 * newest change among them) answered by 304s.
 */
import type { Context } from 'hono';
import { listOpenItemsPage } from '../../app/open-data/open-items.ts';
import type { OpenItemLine } from '../../db/queries/publishing/open-items.ts';
import { portalDirectoryFor, type DirectorySnapshot } from '../../app/portal/directory.ts';
import { columnBySlug, loadCatalogue } from '../../app/publishing/catalogue.ts';
import { conditionalGet } from '../api/api-middleware.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';
import type { RouteModule } from '../routes.ts';
import { originOf } from './crawler-files.ts';
import { atomXml, rssXml, type Feed, type FeedEntry } from './feeds.ts';
import { organBase } from './frame.ts';

/** Entries per feed. */
export const FEED_SIZE = 50;

const SLUG = ':slug{[a-z0-9][a-z0-9-]{0,62}}';
const COLUMN = ':column{[a-z0-9-]{1,63}}';

function entryOf(line: OpenItemLine, snapshot: DirectorySnapshot, origin: string): FeedEntry {
  const organ = snapshot.byId.get(line.organId);
  return {
    ...line,
    url: `${origin}${organBase(organ ?? null)}/gk/items/${line.id}`,
    organName: organ?.name ?? '',
  };
}

/** The feed of an organ (column null) or of one of its columns. */
async function loadFeed(c: Context<AppEnv>, format: 'rss' | 'atom'): Promise<Feed> {
  const { db } = c.get('deps');
  const snapshot = await portalDirectoryFor(db).snapshot();
  const slug = c.req.param('slug') ?? '';
  const columnSlug = c.req.param('column');
  const organ = snapshot.bySlug.get(slug);
  if (organ === undefined) {
    throw notFound('该机关的页面');
  }
  const column =
    columnSlug === undefined
      ? null
      : (columnBySlug(await loadCatalogue(db, organ.id), columnSlug)?.column ?? null);
  if (columnSlug !== undefined && column === null) {
    throw notFound('该栏目');
  }
  const page = await listOpenItemsPage(db, snapshot, { organ: slug, column: columnSlug, limit: FEED_SIZE });
  if (!page.ok) {
    throw notFound('该栏目');
  }
  const origin = originOf(c, snapshot);
  const path = `${organBase(organ)}/gk${column === null ? '' : `/c/${column.slug}`}`;
  return {
    title: column === null ? `${organ.name} 政府信息公开` : `${organ.name} ${column.name}`,
    description:
      column === null
        ? `${organ.name}最新主动公开的政府信息`
        : `${organ.name}「${column.name}」栏目最新公开的信息`,
    selfUrl: `${origin}${path}/${format}.xml`,
    pageUrl: `${origin}${column === null ? `${path}/statutory` : path}`,
    entries: page.items.map((line) => entryOf(line, snapshot, origin)),
  };
}

/** The newest change among the entries (the Atom `updated` and the Last-Modified header). */
const newestChange = (feed: Feed): Date =>
  new Date(Math.max(0, ...feed.entries.map((e) => e.updatedAt.getTime())));

function sendFeed(c: Context<AppEnv>, feed: Feed, format: 'rss' | 'atom') {
  const updated = newestChange(feed);
  return c.body(format === 'rss' ? rssXml(feed) : atomXml(feed, updated), 200, {
    'content-type': `application/${format === 'rss' ? 'rss' : 'atom'}+xml; charset=utf-8`,
    'cache-control': 'public, max-age=300',
    'last-modified': updated.toUTCString(),
  });
}

/** Registers the feeds. */
export const registerFeedRoutes: RouteModule = (app) => {
  for (const format of ['rss', 'atom'] as const) {
    const handler = async (c: Context<AppEnv>) => sendFeed(c, await loadFeed(c, format), format);
    for (const path of [`/o/${SLUG}/gk/${format}.xml`, `/o/${SLUG}/gk/c/${COLUMN}/${format}.xml`]) {
      app.use(path, ...conditionalGet());
      app.get(path, handler);
    }
  }
};
