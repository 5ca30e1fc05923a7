/**
 * The files crawlers ask for: /robots.txt (the portal is open, the back office is not) and
 * /sitemap.xml (every public page of every organ, from the directory snapshot, every published
 * item's page and every public reply's page), kept between requests until an item, a reply or an
 * organ changes (app/open-data/file-cache.ts). Absolute URLs use
 * the `site.domain` setting, never the request's Host header (issue 8 item 8); until the domain is
 * set they are site-relative.
 */
import type { Context } from 'hono';
import { GK_COLUMNS } from '../../app/portal/columns.ts';
import { portalDirectoryFor, type DirectorySnapshot } from '../../app/portal/directory.ts';
import { siteInfo } from '../../app/portal/site.ts';
import { publicReplyKeys, publishedItemKeys } from '../../app/open-data/datasets.ts';
import {
  builtFile,
  fileCacheFor,
  publicRepliesKey,
  publishedFilesKey,
  type BuiltFile,
} from '../../app/open-data/file-cache.ts';
import type { Queryable } from '../../db/db.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';
import type { RouteModule } from '../routes.ts';
import { organBase } from './frame.ts';

/** Site-wide public pages that belong to no organ. */
export const SITE_PAGES = ['/calculator', '/track', '/tools/report-check', '/api/v1/docs'] as const;

/** `https://domain` from the settings (http when cookies are not marked secure), or '' until set. */
export function originOf(c: Context<AppEnv>, snapshot: DirectorySnapshot): string {
  const domain = siteInfo(snapshot.root, snapshot.settings).domain;
  return domain === '' ? '' : `${c.get('deps').env.secureCookies ? 'https' : 'http'}://${domain}`;
}

/**
 * robots.txt: everything public may be crawled, search result pages (endless, and each one a copy of
 * item pages) and the back office may not; of the open data API, its documentation page and
 * OpenAPI document may (so the data can be found), the data endpoints may not (programs use them
 * directly; crawling every query of /api/v1/search would be a load, not an index). Decision 035.
 * @example robotsTxt('https://gk.example.gov.cn') // 'User-agent: *\nAllow: /\nDisallow: /staff\n…Sitemap: https://gk.example.gov.cn/sitemap.xml\n'
 */
export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /staff',
    'Allow: /api/v1/docs',
    'Allow: /api/v1/openapi.json',
    'Disallow: /api/',
    'Disallow: /search?',
    'Disallow: /o/*/search?',
    ...(origin === '' ? ['# 设置网站域名（site.domain）后，下行给出完整网址。'] : []),
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}

/** Every public page path: the site's, then each organ's pages and report years. */
export function publicPaths(snapshot: DirectorySnapshot): string[] {
  const paths: string[] = ['/', ...SITE_PAGES];
  for (const organ of snapshot.organs) {
    const base = organBase(organ);
    if (organ.id !== snapshot.root?.id) {
      paths.push(base);
    }
    paths.push(`${base}/gk`, ...GK_COLUMNS.map((column) => `${base}${column.path}`), `${base}/sitemap`);
    paths.push(...(snapshot.reportsOf.get(organ.id) ?? []).map((r) => `${base}/gk/reports/${r.year}`));
  }
  return paths;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The sitemaps.org document of `paths` under `origin`. */
export function sitemapXml(origin: string, paths: readonly string[]): string {
  const urls = paths.map((p) => `  <url><loc>${escapeXml(`${origin}${p}`)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Most URLs in one sitemap file (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * What /sitemap.xml answers: the one urlset while the paths fit in one file, else an index of
 * the parts /sitemap-1.xml … /sitemap-n.xml.
 * @example sitemapRoot('', ['/a', '/b', '/c'], 2) // a sitemapindex of /sitemap-1.xml and /sitemap-2.xml
 */
export function sitemapRoot(origin: string, paths: readonly string[], pageSize = SITEMAP_MAX_URLS): string {
  if (paths.length <= pageSize) {
    return sitemapXml(origin, paths);
  }
  const parts = Math.ceil(paths.length / pageSize);
  const entries = Array.from(
    { length: parts },
    (_, i) => `  <sitemap><loc>${escapeXml(`${origin}/sitemap-${i + 1}.xml`)}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/**
 * Part `n` (from 1) of a split sitemap, or null when there is no such part (or no split).
 * @example sitemapPart('', ['/a', '/b', '/c'], 2, 2) // the urlset of '/c'
 */
export function sitemapPart(
  origin: string,
  paths: readonly string[],
  n: number,
  pageSize = SITEMAP_MAX_URLS,
): string | null {
  const slice = paths.slice((n - 1) * pageSize, n * pageSize);
  return paths.length <= pageSize || n < 1 || slice.length === 0 ? null : sitemapXml(origin, slice);
}

/** A published page's key: its id and its organ. */
type PageKey = { id: number; organId: number };

/**
 * Every path the sitemap lists: the public paths, then each published item's page, then each public
 * reply's page (rows of an organ no longer in the directory are left out).
 * @example sitemapPaths(snapshot, [{ id: 42, organId: 1 }], [{ id: 7, organId: 1 }]) // [..., '/gk/items/42', '/gk/replies/7']
 */
export function sitemapPaths(
  snapshot: DirectorySnapshot,
  items: readonly PageKey[],
  replies: readonly PageKey[],
): string[] {
  const pagesOf = (keys: readonly PageKey[], folder: string) =>
    keys.flatMap((key) => {
      const organ = snapshot.byId.get(key.organId);
      return organ === undefined ? [] : [`${organBase(organ)}/gk/${folder}/${key.id}`];
    });
  return [...publicPaths(snapshot), ...pagesOf(items, 'items'), ...pagesOf(replies, 'replies')];
}

/** The public paths, every published item's page and every public reply's page. */
async function allPaths(db: Queryable, snapshot: DirectorySnapshot): Promise<string[]> {
  const [items, replies] = await Promise.all([publishedItemKeys(db), publicReplyKeys(db)]);
  return sitemapPaths(snapshot, items, replies);
}

/** The sitemap as kept: the root (one urlset, or the index) and the parts when split. */
type BuiltSitemap = { root: BuiltFile; parts: BuiltFile[] };

/** Builds the sitemap from every public path, published item and public reply. */
async function buildSitemap(
  db: Queryable,
  snapshot: DirectorySnapshot,
  origin: string,
): Promise<BuiltSitemap> {
  const paths = await allPaths(db, snapshot);
  const parts: BuiltFile[] = [];
  for (let n = 1; ; n += 1) {
    const part = sitemapPart(origin, paths, n);
    if (part === null) {
      break;
    }
    parts.push(builtFile(part));
  }
  return { root: builtFile(sitemapRoot(origin, paths)), parts };
}

/** A kept XML file, or 304 when the client's copy has its ETag. */
function sendXml(c: Context<AppEnv>, file: BuiltFile): Response {
  const headers = {
    'content-type': 'application/xml; charset=utf-8',
    'cache-control': 'public, max-age=3600',
    etag: file.etag,
  };
  const ifNoneMatch = c.req.header('if-none-match') ?? '';
  if (ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === file.etag)) {
    return c.body(null, 304, headers);
  }
  return c.body(file.bytes, 200, headers);
}

/** Registers GET /robots.txt, GET /sitemap.xml and its parts (kept until an item, reply or organ changes). */
export const registerCrawlerFiles: RouteModule = (app, deps) => {
  const directory = portalDirectoryFor(deps.db);
  const cache = fileCacheFor(deps.db);
  app.get('/robots.txt', async (c) => {
    const origin = originOf(c, await directory.snapshot());
    return c.text(robotsTxt(origin), 200, { 'cache-control': 'public, max-age=3600' });
  });
  const sitemap = async (c: Context<AppEnv>) => {
    const snapshot = await directory.snapshot();
    const origin = originOf(c, snapshot);
    const key = `${await publishedFilesKey(deps.db, snapshot)}/${await publicRepliesKey(deps.db)}/${origin}`;
    return cache.get('sitemap', key, () => buildSitemap(deps.db, snapshot, origin));
  };
  app.get('/sitemap.xml', async (c) => sendXml(c, (await sitemap(c)).root));
  app.get('/:part{sitemap-[1-9][0-9]{0,4}\\.xml}', async (c) => {
    const n = Number(/\d+/.exec(c.req.param('part'))![0]);
    const part = (await sitemap(c)).parts[n - 1];
    if (part === undefined) {
      throw notFound('该网站地图分卷');
    }
    return sendXml(c, part);
  });
};
