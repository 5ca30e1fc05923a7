/**
 * What every public page needs before it renders: the organ directory snapshot, the organ the
 * page belongs to, the site furniture and the visitor's display preference (关怀版). One
 * directory read per request (usually from the app's snapshot), nothing else.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { DirectorySnapshot, PortalDirectory } from '../../app/portal/directory.ts';
import { siteInfo, type SiteInfo } from '../../app/portal/site.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';

/** The 关怀版 cookie: a display preference only (large text, high contrast), no personal data. */
export const ELDER_COOKIE = 'gk_elder';

/** Everything the page furniture renders from. */
export type Frame = {
  site: SiteInfo;
  /** The organ whose pages these are (the root on site-wide pages; null before any organ exists). */
  organ: PortalOrgan | null;
  root: PortalOrgan | null;
  snapshot: DirectorySnapshot;
  isElder: boolean;
  /** The request path (for the 关怀版 switch's way back and for aria-current). */
  path: string;
};

/** True when the visitor switched on 关怀版. */
export function isElderMode(c: Context<AppEnv>): boolean {
  return getCookie(c, ELDER_COOKIE) === '1';
}

/**
 * The frame of a page of one organ.
 * @param slug the organ's slug, or null for site-wide pages (the root organ's frame)
 * @throws HttpError 404 when no organ has this slug
 */
export async function loadFrame(
  c: Context<AppEnv>,
  directory: PortalDirectory,
  slug: string | null,
): Promise<Frame> {
  const snapshot = await directory.snapshot();
  const organ = slug === null ? snapshot.root : (snapshot.bySlug.get(slug) ?? null);
  if (slug !== null && organ === null) {
    throw notFound('该机关的页面');
  }
  return {
    site: siteInfo(snapshot.root, snapshot.settings),
    organ,
    root: snapshot.root,
    snapshot,
    isElder: isElderMode(c),
    path: c.req.path,
  };
}

/**
 * The organ of a frame; a frame has none only before any organ exists.
 * @throws HttpError 404 then, as for an unknown organ
 */
export function frameOrgan(frame: Frame): PortalOrgan {
  if (frame.organ === null) {
    throw notFound('该机关的页面');
  }
  return frame.organ;
}

/** Base path of an organ's pages (`/o/:slug`), or `` for the site-wide root. */
export function organBase(organ: Pick<PortalOrgan, 'slug'> | null): string {
  return organ === null ? '' : `/o/${organ.slug}`;
}
