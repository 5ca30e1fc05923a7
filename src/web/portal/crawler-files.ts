/**
 * The files crawlers ask for: /robots.txt (the portal is open, the back office is not) and
 * /sitemap.xml (every public page of every organ, from the directory snapshot, and every published
 * item's page). Absolute URLs use
 * the `site.domain` setting, never the request's Host header (issue 8 item 8); until the domain is
 * set they are site-relative.
 */
import type { Context } from 'hono';
import { GK_COLUMNS } from '../../app/portal/columns.ts';
import { portalDirectoryFor, type DirectorySnapshot } from '../../app/portal/directory.ts';
import { siteInfo } from '../../app/portal/site.ts';
import { publishedItemKeys } from '../../app/open-data/datasets.ts';
import type { Queryable } from '../../db/db.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';
import type { RouteModule } from '../routes.ts';
import { organBase } from './frame.ts';

/** Site-wide public pages that belong to no organ. */
export const SITE_PAGES = ['/calculator', '/track', '/tools/report-check'] as const;

/** `https://domain` from the settings (http when cookies are not marked secure), or '' until set. */
export function originOf(c: Context<AppEnv>, snapshot: DirectorySnapshot): string {
  const domain = siteInfo(snapshot.root, snapshot.settings).domain;
  return domain === '' ? '' : `${c.get('deps').env.secureCookies ? 'https' : 'http'}://${domain}`;
}

/**
 * robots.txt: everything public may be crawled; /staff and /api may not.
 * @example robotsTxt('https://gk.example.gov.cn') // 'User-agent: *\nAllow: /\nDisallow: /staff\n…Sitemap: https://gk.example.gov.cn/sitemap.xml\n'
 */
export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /staff',
    'Disallow: /api/',
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

/** The public paths and every published item's page. */
async function allPaths(db: Queryable, snapshot: DirectorySnapshot): Promise<string[]> {
  const items = await publishedItemKeys(db);
  return [
    ...publicPaths(snapshot),
    ...items.flatMap((item) => {
      const organ = snapshot.byId.get(item.organId);
      return organ === undefined ? [] : [`${organBase(organ)}/gk/items/${item.id}`];
    }),
  ];
}

/** Registers GET /robots.txt and GET /sitemap.xml. */
export const registerCrawlerFiles: RouteModule = (app, deps) => {
  const directory = portalDirectoryFor(deps.db);
  app.get('/robots.txt', async (c) => {
    const origin = originOf(c, await directory.snapshot());
    return c.text(robotsTxt(origin), 200, { 'cache-control': 'public, max-age=3600' });
  });
  const xml = (c: Context<AppEnv>, body: string) =>
    c.body(body, 200, {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    });
  app.get('/sitemap.xml', async (c) => {
    const snapshot = await directory.snapshot();
    return xml(c, sitemapRoot(originOf(c, snapshot), await allPaths(deps.db, snapshot)));
  });
  app.get('/:part{sitemap-[1-9][0-9]{0,4}\\.xml}', async (c) => {
    const snapshot = await directory.snapshot();
    const n = Number(/\d+/.exec(c.req.param('part'))![0]);
    const part = sitemapPart(originOf(c, snapshot), await allPaths(deps.db, snapshot), n);
    if (part === null) {
      throw notFound('该网站地图分卷');
    }
    return xml(c, part);
  });
};
