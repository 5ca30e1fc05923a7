/**
 * Permanent ids of the feeds and their entries (Atom `id`, RSS `guid`; decision 042). An Atom id
 * must be an absolute IRI that never changes (RFC 4287 §4.2.6), and a page URL is neither until
 * `site.domain` is set, nor after the site moves. So each id is a name-based UUID (version 5,
 * RFC 9562 §5.5) of what it names (`item/42`, `reply/7`, `feed/organ/3/replies` …) in this
 * installation's own namespace: a random UUID kept in the settings table, made on first use like
 * the CSRF secret, carried by backups. Same id on every request and in every process, different
 * between installations (so two counties' item 42 are not one entry to an aggregator), and
 * independent of the domain, the organ's code and the column's name.
 * Rejected: a `tag:` URI (RFC 4151) needs a domain or e-mail address the site owned on a date —
 * exactly what is missing until the domain is set.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { ensureSetting, findSetting } from '../../db/queries/settings.ts';

/** The settings key of the installation's namespace. */
export const FEED_NAMESPACE_KEY = 'feed_id_namespace';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The name-based UUID (version 5, SHA-1) of `name` in `namespace`.
 * @throws Error when `namespace` is not a UUID
 * @example uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com') // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export function uuidV5(namespace: string, name: string): string {
  if (!UUID.test(namespace)) {
    throw new Error('namespace is not a UUID');
  }
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What a permanent id names. */
export type FeedIdSubject =
  | { kind: 'item'; id: number }
  | { kind: 'reply'; id: number }
  | { kind: 'organFeed'; organId: number }
  | { kind: 'columnFeed'; organId: number; columnId: number }
  | { kind: 'repliesFeed'; organId: number };

/** The name of a subject inside the namespace (never a slug or a name: those may change). */
function nameOf(subject: FeedIdSubject): string {
  switch (subject.kind) {
    case 'item':
      return `item/${subject.id}`;
    case 'reply':
      return `reply/${subject.id}`;
    case 'organFeed':
      return `feed/organ/${subject.organId}`;
    case 'columnFeed':
      return `feed/organ/${subject.organId}/column/${subject.columnId}`;
    case 'repliesFeed':
      return `feed/organ/${subject.organId}/replies`;
  }
}

/**
 * The permanent id of `subject` as an absolute IRI.
 * @example feedId(ns, { kind: 'item', id: 42 }) // 'urn:uuid:…' (the same for every request)
 */
export function feedId(namespace: string, subject: FeedIdSubject): string {
  return `urn:uuid:${uuidV5(namespace, nameOf(subject))}`;
}

const namespaces = new WeakMap<Queryable, Promise<string>>();

/**
 * The installation's namespace: read once per process and database handle; stored on first use
 * (every process inserts-or-ignores, then reads the same winner).
 */
export function feedNamespace(db: Queryable): Promise<string> {
  let kept = namespaces.get(db);
  if (kept === undefined) {
    kept = (async () =>
      (await findSetting(db, FEED_NAMESPACE_KEY)) ?? ensureSetting(db, FEED_NAMESPACE_KEY, randomUUID()))();
    namespaces.set(db, kept);
    kept.catch(() => namespaces.delete(db));
  }
  return kept;
}
