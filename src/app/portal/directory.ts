/**
 * What the public pages render from — every organ, the tree, the site settings and the years of
 * every organ's annual reports — read in one go and reused for a few seconds, together with the
 * pages rendered from it. Portal pages are read by the public at high rates and change a few times
 * a year; reading and rendering them on every request cost nearly all of a page's time
 * (docs/benchmarks.md, "Web"). There is one directory per database handle (so per app, never
 * shared between apps or tests); with several processes a change shows everywhere within `ttlMs`.
 */
import type { Queryable } from '../../db/db.ts';
import { listAllAnnualReportEntries, type AnnualReportEntry } from '../../db/queries/annual-reports.ts';
import { listPortalOrgans, type PortalOrgan } from '../../db/queries/portal.ts';
import { readSiteSettings, type SiteSettingKey } from '../../db/queries/settings.ts';
import { compareSiblings } from '../../domain/organs/tree.ts';

/** Most page bytes kept per snapshot (a county portal has a few hundred pages of 5–60 KB). */
export const MAX_CACHED_BYTES = 16 * 1024 * 1024;

/** One consistent view of the organs. */
export type DirectorySnapshot = {
  organs: readonly PortalOrgan[];
  /** The first organ without a parent (the site's owner), or null before any organ exists. */
  root: PortalOrgan | null;
  bySlug: ReadonlyMap<string, PortalOrgan>;
  byId: ReadonlyMap<number, PortalOrgan>;
  /** Children of each organ in display order (人民政府 and departments, then 乡镇（街道）). */
  childrenOf: ReadonlyMap<number, readonly PortalOrgan[]>;
  settings: Partial<Record<SiteSettingKey, string>>;
  /** Report years per organ id, newest first. */
  reportsOf: ReadonlyMap<number, readonly AnnualReportEntry[]>;
  /** Pages rendered from this snapshot (key → HTML) and their size; dropped with the snapshot. */
  pages: { html: Map<string, string>; bytes: number };
};

export type PortalDirectory = {
  /** The current snapshot (re-read when older than the TTL; concurrent callers share one read). */
  snapshot(): Promise<DirectorySnapshot>;
  /** Forgets the snapshot (after a change made by this process). */
  invalidate(): void;
};

/** Default reuse time of a snapshot. */
export const DIRECTORY_TTL_MS = 5_000;

/**
 * Builds a snapshot from rows (pure; exported for tests).
 * @example buildSnapshot(organs, {}, new Map()).root?.slug // 'boshan'
 */
export function buildSnapshot(
  organs: readonly PortalOrgan[],
  settings: Partial<Record<SiteSettingKey, string>>,
  reportsOf: ReadonlyMap<number, readonly AnnualReportEntry[]> = new Map(),
): DirectorySnapshot {
  const childrenOf = new Map<number, PortalOrgan[]>();
  for (const organ of organs) {
    if (organ.parentId !== null) {
      childrenOf.set(organ.parentId, [...(childrenOf.get(organ.parentId) ?? []), organ]);
    }
  }
  for (const list of childrenOf.values()) {
    list.sort(compareSiblings);
  }
  return {
    organs,
    root: organs.find((organ) => organ.parentId === null) ?? null,
    bySlug: new Map(organs.map((organ) => [organ.slug, organ])),
    byId: new Map(organs.map((organ) => [organ.id, organ])),
    childrenOf,
    settings,
    reportsOf,
    pages: { html: new Map(), bytes: 0 },
  };
}

/**
 * A page from the snapshot's cache, rendered once per snapshot.
 * @param key everything the page depends on besides the snapshot (path, host, display mode)
 */
export async function cachedPage(
  snapshot: DirectorySnapshot,
  key: string,
  render: () => Promise<string> | string,
): Promise<string> {
  const { pages } = snapshot;
  const hit = pages.html.get(key);
  if (hit !== undefined) {
    return hit;
  }
  const html = await render();
  if (pages.bytes + html.length * 3 <= MAX_CACHED_BYTES) {
    pages.html.set(key, html);
    pages.bytes += html.length * 3;
  }
  return html;
}

/**
 * Creates the directory of one app instance.
 * @param now milliseconds clock (injected for tests)
 */
export function createPortalDirectory(
  db: Queryable,
  options: { ttlMs?: number; now?: () => number } = {},
): PortalDirectory {
  const ttlMs = options.ttlMs ?? DIRECTORY_TTL_MS;
  const now = options.now ?? (() => performance.now());
  let cached: { at: number; value: Promise<DirectorySnapshot> } | null = null;
  const load = async (): Promise<DirectorySnapshot> => {
    const [organs, settings, reports] = await Promise.all([
      listPortalOrgans(db),
      readSiteSettings(db),
      listAllAnnualReportEntries(db),
    ]);
    return buildSnapshot(organs, settings, reports);
  };
  return {
    snapshot() {
      const at = now();
      if (cached === null || at - cached.at >= ttlMs) {
        const value = load();
        cached = { at, value };
        // A failed read is not cached: the next request tries again.
        value.catch(() => {
          if (cached?.value === value) {
            cached = null;
          }
        });
      }
      return cached.value;
    },
    invalidate() {
      cached = null;
    },
  };
}

const directories = new WeakMap<Queryable, PortalDirectory>();

/**
 * The directory of a database handle, created on first use (the portal pages and the 年报体检 pages
 * share it).
 */
export function portalDirectoryFor(db: Queryable): PortalDirectory {
  let directory = directories.get(db);
  if (directory === undefined) {
    directory = createPortalDirectory(db);
    directories.set(db, directory);
  }
  return directory;
}
