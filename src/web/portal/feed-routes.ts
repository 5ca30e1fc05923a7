/**
 * The feeds, at stable URLs: an organ's newest published items (/o/:slug/gk/rss.xml,
 * /o/:slug/gk/atom.xml), one column's (/o/:slug/gk/c/:column/rss.xml, …/atom.xml), and the
 * organ's newest public 依申请公开答复 (/o/:slug/gk/replies/rss.xml, …/atom.xml; decision 042).
 * 50 entries each, read live (a withdrawn item or reply leaves at once), with ETag and
 * Last-Modified (the newest change among them) answered by 304s.
 */
import type { Context } from 'hono';
import { feedId, feedNamespace } from '../../app/open-data/feed-ids.ts';
import { listOpenItemsPage } from '../../app/open-data/open-items.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { columnBySlug, loadCatalogue } from '../../app/publishing/catalogue.ts';
import { loadPublicReplies } from '../../app/replies/portal-replies.ts';
import { conditionalGet } from '../api/api-middleware.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';
import type { RouteModule } from '../routes.ts';
import { originOf } from './crawler-files.ts';
import { itemFeedEntry, replyFeedEntry } from './feed-entries.ts';
import { atomXml, rssXml, type Feed } from './feeds.ts';
import { organBase } from './frame.ts';

/** Entries per feed. */
export const FEED_SIZE = 50;

const SLUG = ':slug{[a-z0-9][a-z0-9-]{0,62}}';
const COLUMN = ':column{[a-z0-9-]{1,63}}';

type Format = 'rss' | 'atom';

/** The organ of the path, the directory and the site's origin (404 for an unknown organ). */
async function feedContext(c: Context<AppEnv>) {
  const { db } = c.get('deps');
  const snapshot = await portalDirectoryFor(db).snapshot();
  const organ = snapshot.bySlug.get(c.req.param('slug') ?? '');
  if (organ === undefined) {
    throw notFound('该机关的页面');
  }
  return { db, snapshot, organ, origin: originOf(c, snapshot), namespace: await feedNamespace(db) };
}

/** The feed of an organ's items (column null) or of one of its columns. */
async function loadItemFeed(c: Context<AppEnv>, format: Format): Promise<Feed> {
  const { db, snapshot, organ, origin, namespace } = await feedContext(c);
  const columnSlug = c.req.param('column');
  const column =
    columnSlug === undefined
      ? null
      : (columnBySlug(await loadCatalogue(db, organ.id), columnSlug)?.column ?? null);
  if (columnSlug !== undefined && column === null) {
    throw notFound('该栏目');
  }
  const page = await listOpenItemsPage(db, snapshot, {
    organ: organ.slug,
    column: columnSlug,
    limit: FEED_SIZE,
  });
  if (!page.ok) {
    throw notFound('该栏目');
  }
  const path = `${organBase(organ)}/gk${column === null ? '' : `/c/${column.slug}`}`;
  return {
    id: feedId(
      namespace,
      column === null
        ? { kind: 'organFeed', organId: organ.id }
        : { kind: 'columnFeed', organId: organ.id, columnId: column.id },
    ),
    title: column === null ? `${organ.name} 政府信息公开` : `${organ.name} ${column.name}`,
    description:
      column === null
        ? `${organ.name}最新主动公开的政府信息`
        : `${organ.name}「${column.name}」栏目最新公开的信息`,
    selfUrl: `${origin}${path}/${format}.xml`,
    pageUrl: `${origin}${column === null ? `${path}/statutory` : path}`,
    entries: page.items.map((line) => {
      const owner = snapshot.byId.get(line.organId);
      return itemFeedEntry(line, {
        url: `${origin}${organBase(owner ?? null)}/gk/items/${line.id}`,
        namespace,
        organName: owner?.name ?? '',
      });
    }),
  };
}

/** The feed of an organ's public replies. */
async function loadRepliesFeed(c: Context<AppEnv>, format: Format): Promise<Feed> {
  const { db, organ, origin, namespace } = await feedContext(c);
  const path = `${organBase(organ)}/gk/replies`;
  const replies = await loadPublicReplies(db, organ.id, FEED_SIZE);
  return {
    id: feedId(namespace, { kind: 'repliesFeed', organId: organ.id }),
    title: `${organ.name} 依申请公开答复`,
    description: `${organ.name}最新公开的依申请公开答复（已去除个人信息）`,
    selfUrl: `${origin}${path}/${format}.xml`,
    pageUrl: `${origin}${path}`,
    entries: replies.map((reply) =>
      replyFeedEntry(reply, { url: `${origin}${path}/${reply.id}`, namespace, organName: organ.name }),
    ),
  };
}

/** The newest change among the entries (the Atom `updated` and the Last-Modified header). */
const newestChange = (feed: Feed): Date =>
  new Date(Math.max(0, ...feed.entries.map((e) => e.updatedAt.getTime())));

function sendFeed(c: Context<AppEnv>, feed: Feed, format: Format) {
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
    const items = async (c: Context<AppEnv>) => sendFeed(c, await loadItemFeed(c, format), format);
    const replies = async (c: Context<AppEnv>) => sendFeed(c, await loadRepliesFeed(c, format), format);
    for (const [path, handler] of [
      [`/o/${SLUG}/gk/${format}.xml`, items],
      [`/o/${SLUG}/gk/c/${COLUMN}/${format}.xml`, items],
      [`/o/${SLUG}/gk/replies/${format}.xml`, replies],
    ] as const) {
      app.use(path, ...conditionalGet());
      app.get(path, handler);
    }
  }
};
