/**
 * The crawler files and bulk downloads that read every published row (the sitemap, the items
 * dataset, the annual-report datasets) are built once and kept, with the version key they were
 * built at (decisions 035, 042): a request reads the key (one pass over the rows' integer columns,
 * no row bodies; reused for five seconds like the directory snapshot), and rebuilds only when it
 * changed — something was published, withdrawn or changed, or the organs changed.
 * Concurrent requests for a stale file share one build. One cache per database handle (so per app,
 * never shared between apps or tests); each process keeps its own copy and checks the key, so no
 * process serves a file more than VERSION_TTL_MS older than the data.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { readAnnualReportsVersion } from '../../db/queries/annual-report-version.ts';
import { readPublishedItemsVersion } from '../../db/queries/publishing/published-version.ts';
import { readPublicRepliesVersion } from '../../db/queries/public-replies.ts';
import type { DirectorySnapshot } from '../portal/directory.ts';

/** A built file: its bytes and a strong ETag (a hash of the bytes, computed once per build). */
export type BuiltFile = { bytes: Uint8Array<ArrayBuffer>; etag: string };

/** A built value and the key it was built at. */
type Entry = { key: string; value: Promise<unknown> };

export type FileCache = {
  /**
   * The value of `name` at version `key`: the kept one, or `build()`'s (kept until the key changes;
   * a failed build is not kept).
   */
  get<T>(name: string, key: string, build: () => Promise<T>): Promise<T>;
};

/** Creates an empty cache (one entry per name: a newer key replaces the older value). */
export function createFileCache(): FileCache {
  const entries = new Map<string, Entry>();
  return {
    get<T>(name: string, key: string, build: () => Promise<T>): Promise<T> {
      const kept = entries.get(name);
      if (kept?.key === key) {
        return kept.value as Promise<T>;
      }
      const value = build();
      entries.set(name, { key, value });
      value.catch(() => {
        if (entries.get(name)?.value === value) {
          entries.delete(name);
        }
      });
      return value;
    },
  };
}

const caches = new WeakMap<Queryable, FileCache>();

/** The cache of a database handle, created on first use. */
export function fileCacheFor(db: Queryable): FileCache {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = createFileCache();
    caches.set(db, cache);
  }
  return cache;
}

const snapshotKeys = new WeakMap<DirectorySnapshot, string>();

/**
 * What the files take from the directory (organ codes, names and tree, report years, settings) as
 * a short hash, computed once per snapshot.
 */
export function snapshotKey(snapshot: DirectorySnapshot): string {
  let key = snapshotKeys.get(snapshot);
  if (key === undefined) {
    const hash = createHash('sha1');
    for (const organ of snapshot.organs) {
      hash.update(`${organ.id}\t${organ.slug}\t${organ.name}\t${organ.parentId ?? ''}\n`);
      hash.update((snapshot.reportsOf.get(organ.id) ?? []).map((r) => r.year).join(','));
    }
    hash.update(JSON.stringify(snapshot.settings));
    key = hash.digest('hex').slice(0, 16);
    snapshotKeys.set(snapshot, key);
  }
  return key;
}

/** How long a read version key is reused (as the directory snapshot: a change shows within this). */
export const VERSION_TTL_MS = 5_000;

/** A version key read at `at` (performance.now()). */
type ReadVersion = { at: number; value: Promise<string> };

const versions = new WeakMap<Queryable, Map<string, ReadVersion>>();

/** A version key of `db`, read by `read` at most once per VERSION_TTL_MS per database handle. */
function keptVersion(
  db: Queryable,
  name: string,
  read: (db: Queryable) => Promise<string>,
  now: number,
): Promise<string> {
  let kept = versions.get(db);
  if (kept === undefined) {
    kept = new Map();
    versions.set(db, kept);
  }
  const last = kept.get(name);
  if (last !== undefined && now - last.at < VERSION_TTL_MS) {
    return last.value;
  }
  const value = read(db);
  kept.set(name, { at: now, value });
  value.catch(() => {
    if (kept.get(name)?.value === value) {
      kept.delete(name);
    }
  });
  return value;
}

/**
 * The version key of files built from every published item and the directory (the items' part
 * reused for up to VERSION_TTL_MS, so a crawler's burst reads it once).
 * @example await publishedFilesKey(db, snapshot) // '100000.5000050000.100000.1767225600000/3f2a…'
 */
export async function publishedFilesKey(
  db: Queryable,
  snapshot: DirectorySnapshot,
  now: number = performance.now(),
): Promise<string> {
  return `${await keptVersion(db, 'items', readPublishedItemsVersion, now)}/${snapshotKey(snapshot)}`;
}

/**
 * The version key of the public replies (the sitemap lists their pages; decision 042).
 * @example await publicRepliesKey(db) // 'r3.5'
 */
export async function publicRepliesKey(db: Queryable, now: number = performance.now()): Promise<string> {
  return `r${await keptVersion(db, 'replies', readPublicRepliesVersion, now)}`;
}

/**
 * The version key of the stored annual reports (the annual-report datasets; decision 042).
 * @example await annualReportsKey(db) // 'a120.7260.121'
 */
export async function annualReportsKey(db: Queryable, now: number = performance.now()): Promise<string> {
  return `a${await keptVersion(db, 'reports', readAnnualReportsVersion, now)}`;
}

/** Forgets the read version keys of `db` (after a change made by this process, and in tests). */
export function forgetPublishedVersion(db: Queryable): void {
  versions.delete(db);
}

/**
 * Text as a file to keep: UTF-8 bytes and their ETag.
 * @example builtFile('a').etag // '"86f7e437faa5a7fce15d1ddcb9eaeaea377667b8"'
 */
export function builtFile(text: string): BuiltFile {
  const bytes = new TextEncoder().encode(text);
  return { bytes, etag: `"${createHash('sha1').update(bytes).digest('hex')}"` };
}
