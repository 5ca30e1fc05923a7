/**
 * The default 法定主动公开内容 column tree an organ starts with (portal-conventions §2.3, a suggested
 * tree [U]; editable per organ), with URL slugs, and the column each kind of item goes to unless
 * the drafter picks others. Items whose 有效性 is 已废止/已失效 are also listed under the
 * 「废止和失效」 columns (derived, not stored).
 */
import { STATUTORY_TREE } from './statutory-tree.ts';
import type { ItemKind } from './vocabulary.ts';

export type DefaultColumn = {
  slug: string;
  name: string;
  basis: string;
  children: { slug: string; name: string }[];
};

/** The tree with slugs: the first level's key, children `key-1`, `key-2` … */
export const DEFAULT_CATALOGUE: readonly DefaultColumn[] = STATUTORY_TREE.map((c) => ({
  slug: c.key,
  name: c.name,
  basis: c.basis,
  children: c.children.map((name, i) => ({ slug: `${c.key}-${i + 1}`, name })),
}));

/** The column an item of each kind goes to by default (a slug of the default tree). */
export const DEFAULT_COLUMN_OF_KIND = {
  rule: 'documents-1',
  normative: 'documents-2',
  document: 'documents-3',
  interpretation: 'other-1',
  notice: 'other',
  annualReport: 'other',
  other: 'other',
} as const satisfies Record<ItemKind, string>;

/** Where out-of-force 规章 and 规范性文件 are listed as well (废止和失效规章 / …行政规范性文件). */
export const LAPSED_COLUMN_OF_KIND: Partial<Record<ItemKind, string>> = {
  rule: 'documents-4',
  normative: 'documents-5',
};
