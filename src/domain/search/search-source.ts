/**
 * The kinds of source the search index holds (decision 034) and the search key that names a source
 * in `search_documents.source_id`: unique across kinds, so grouping, paging and cursors work on
 * one number. An item keeps its id; an annual report is −2·id, a public reply −(2·id + 1).
 */

export const SEARCH_SOURCE_KINDS = ['item', 'report', 'reply'] as const;
export type SearchSourceKind = (typeof SEARCH_SOURCE_KINDS)[number];

/** A searchable source: its kind and its id in its own table. */
export type SearchSource = { kind: SearchSourceKind; id: number };

/** What a hit is, as the search page says it. */
export const SEARCH_SOURCE_LABELS = {
  item: '主动公开',
  report: '年度报告',
  reply: '依申请公开答复',
} as const satisfies Record<SearchSourceKind, string>;

/** True for a known source kind (form input). */
export function isSearchSourceKind(value: string): value is SearchSourceKind {
  return (SEARCH_SOURCE_KINDS as readonly string[]).includes(value);
}

/**
 * The search key of a source.
 * @example searchKeyOf({ kind: 'report', id: 3 }) // -6
 */
export function searchKeyOf(source: SearchSource): number {
  switch (source.kind) {
    case 'item':
      return source.id;
    case 'report':
      return -2 * source.id;
    case 'reply':
      return -(2 * source.id + 1);
    default: {
      const never: never = source.kind;
      return never;
    }
  }
}

/**
 * The source a search key names.
 * @example sourceOfKey(-7) // { kind: 'reply', id: 3 }
 */
export function sourceOfKey(key: number): SearchSource {
  if (key > 0) {
    return { kind: 'item', id: key };
  }
  const n = -key;
  return n % 2 === 0 ? { kind: 'report', id: n / 2 } : { kind: 'reply', id: (n - 1) / 2 };
}

/**
 * The portal page of a hit: an item's page, an annual report's page (by year), a reply's page.
 * @example hitPath({ sourceKind: 'report', ref: 3, reportYear: 2024, organSlug: 'boshan' }) // '/o/boshan/gk/reports/2024'
 */
export function hitPath(hit: {
  sourceKind: SearchSourceKind;
  ref: number;
  reportYear: number | null;
  organSlug: string;
}): string {
  const base = `/o/${hit.organSlug}/gk`;
  switch (hit.sourceKind) {
    case 'item':
      return `${base}/items/${hit.ref}`;
    case 'report':
      return `${base}/reports/${hit.reportYear ?? ''}`;
    case 'reply':
      return `${base}/replies/${hit.ref}`;
    default: {
      const never: never = hit.sourceKind;
      return never;
    }
  }
}
