/**
 * Edits of an organ's 法定主动公开内容 column tree, decided without the database (decision 027):
 * names and URL codes (slugs) checked, moves that would make a cycle or a third level refused,
 * reorders computed, and the default columns that are missing listed for 「恢复默认栏目」.
 * The tree has at most two levels (栏目 › 子栏目), as the default tree and every portal seen.
 */
import type { FieldErrors } from '../field-errors.ts';
import { DEFAULT_CATALOGUE, DEFAULT_COLUMN_OF_KIND, LAPSED_COLUMN_OF_KIND } from './default-catalogue.ts';

/** A column as the edits see it. */
export type TreeColumn = {
  id: number;
  parentId: number | null;
  slug: string;
  name: string;
  basis: string;
  position: number;
};

/** The deepest level: 1 = 栏目, 2 = 子栏目. */
export const MAX_DEPTH = 2;
export const MAX_NAME_LENGTH = 50;
export const MAX_BASIS_LENGTH = 100;
/** The slug shape the table's CHECK enforces (URL path segment `/gk/c/<slug>`). */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Columns the code looks up by slug (the default column of each kind of item, the derived
 * 「废止和失效」 columns): they may be renamed and moved, never deleted, and keep their slug.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  ...Object.values(DEFAULT_COLUMN_OF_KIND),
  ...Object.values(LAPSED_COLUMN_OF_KIND),
]);

/** What a column form gives: name, optional slug (empty = generated), 依据. */
export type ColumnFields = { name: string; slug: string; basis: string };

/**
 * Problems of a column's fields; `slug` may be empty (a code is generated).
 * @example columnFieldErrors({ name: '', slug: '../x', basis: '' }) // { name: '请填写栏目名称', slug: '栏目代码只能…' }
 */
export function columnFieldErrors(fields: ColumnFields): FieldErrors {
  const errors: FieldErrors = {};
  if (fields.name === '') {
    errors.name = '请填写栏目名称';
  } else if ([...fields.name].length > MAX_NAME_LENGTH) {
    errors.name = `栏目名称最长${MAX_NAME_LENGTH}个字`;
  }
  if (fields.slug !== '' && !SLUG_PATTERN.test(fields.slug)) {
    errors.slug = '栏目代码只能含小写字母、数字和连字符（-），以字母或数字开头，最长63位；留空则自动生成';
  }
  if ([...fields.basis].length > MAX_BASIS_LENGTH) {
    errors.basis = `公开依据最长${MAX_BASIS_LENGTH}个字`;
  }
  return errors;
}

/**
 * A free slug for a new column: under a parent `<parent>-<n>` (as the default tree), at the top
 * `column-<n>`, with the smallest n not taken.
 * @example generateSlug(['documents', 'documents-1'], 'documents') // 'documents-2'
 */
export function generateSlug(taken: Iterable<string>, parentSlug: string | null): string {
  const used = new Set(taken);
  const stem = parentSlug === null ? 'column' : parentSlug.slice(0, 55);
  for (let n = 1; ; n += 1) {
    const slug = `${stem}-${n}`;
    if (!used.has(slug)) {
      return slug;
    }
  }
}

/**
 * The message when another column of the organ already uses the code, or null.
 * @example slugTaken(tree, 'documents', null) // '栏目代码「documents」已被其他栏目使用'
 */
export function slugTaken(
  columns: readonly Pick<TreeColumn, 'id' | 'slug'>[],
  slug: string,
  exceptId: number | null,
): string | null {
  return columns.some((c) => c.slug === slug && c.id !== exceptId)
    ? `栏目代码「${slug}」已被其他栏目使用`
    : null;
}

/** The depth of a column (1 at the top). */
export function depthOf(columns: readonly TreeColumn[], id: number): number {
  const byId = new Map(columns.map((c) => [c.id, c]));
  let depth = 0;
  for (let c = byId.get(id); c !== undefined && depth <= columns.length; depth += 1) {
    c = c.parentId === null ? undefined : byId.get(c.parentId);
  }
  return depth;
}

/**
 * Why the column may not go under `parentId` (null = to the top level), or null when it may:
 * not under itself or one of its sub-columns (a cycle), not below the second level.
 * @example moveRefusal(tree, documents.id, documents1.id) // '不能移到本栏目或其子栏目之下'
 */
export function moveRefusal(
  columns: readonly TreeColumn[],
  id: number,
  parentId: number | null,
): string | null {
  if (parentId === null) {
    return null;
  }
  const byId = new Map(columns.map((c) => [c.id, c]));
  if (!byId.has(parentId)) {
    return '所选上级栏目不存在';
  }
  for (
    let c = byId.get(parentId);
    c !== undefined;
    c = c.parentId === null ? undefined : byId.get(c.parentId)
  ) {
    if (c.id === id) {
      return '不能移到本栏目或其子栏目之下';
    }
  }
  const below = subtreeHeight(columns, id);
  if (depthOf(columns, parentId) + below > MAX_DEPTH) {
    return below > 1
      ? `栏目最多${MAX_DEPTH}级：本栏目有子栏目，只能放在第一级`
      : `栏目最多${MAX_DEPTH}级：只能放在第一级栏目之下`;
  }
  return null;
}

/** Levels from the column down to its deepest sub-column (1 for a leaf). */
function subtreeHeight(columns: readonly TreeColumn[], id: number, guard = 0): number {
  const children = columns.filter((c) => c.parentId === id);
  if (children.length === 0 || guard > columns.length) {
    return 1;
  }
  return 1 + Math.max(...children.map((c) => subtreeHeight(columns, c.id, guard + 1)));
}

/** The siblings of a column (same parent) in display order. */
export function siblingsOf(columns: readonly TreeColumn[], parentId: number | null): TreeColumn[] {
  return columns
    .filter((c) => c.parentId === parentId)
    .sort((a, b) => a.position - b.position || a.id - b.id);
}

/**
 * New positions after moving a column one place up or down among its siblings: every sibling
 * numbered 1…n again (old gaps and ties disappear). Empty when it is already first/last.
 * @example reorder(tree, 7, 'up') // [{ id: 7, position: 1 }, { id: 6, position: 2 }, …]
 */
export function reorder(
  columns: readonly TreeColumn[],
  id: number,
  direction: 'up' | 'down',
): { id: number; position: number }[] {
  const column = columns.find((c) => c.id === id);
  if (column === undefined) {
    return [];
  }
  const order = siblingsOf(columns, column.parentId);
  const from = order.findIndex((c) => c.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= order.length) {
    return [];
  }
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order.map((c, i) => ({ id: c.id, position: i + 1 }));
}

/** The position after the last sibling. */
export function nextPosition(columns: readonly TreeColumn[], parentId: number | null): number {
  return Math.max(0, ...siblingsOf(columns, parentId).map((c) => c.position)) + 1;
}

/**
 * Why the column may not be deleted, or null: reserved columns stay; a column with sub-columns
 * or linked items stays (the count is named, so the person knows what to move first).
 */
export function deleteRefusal(
  column: Pick<TreeColumn, 'slug' | 'name'>,
  counts: { children: number; items: number },
): string | null {
  if (RESERVED_SLUGS.has(column.slug)) {
    return `「${column.name}」是系统默认归入的栏目（代码 ${column.slug}），不能删除；可以改名或移动。`;
  }
  if (counts.children > 0) {
    return `「${column.name}」下还有 ${counts.children} 个子栏目，请先删除或移走子栏目。`;
  }
  if (counts.items > 0) {
    return `「${column.name}」下还有 ${counts.items} 条信息（含草稿和已撤回的信息），不能删除。请先在信息编辑页把它们改到其他栏目。`;
  }
  return null;
}

/**
 * Why the slug may not change, or null: a reserved column's slug or one whose column has
 * published items (their column pages' addresses stay stable) never changes.
 */
export function slugChangeRefusal(slug: string, publishedItems: number): string | null {
  if (RESERVED_SLUGS.has(slug)) {
    return '这是系统默认归入的栏目，栏目代码不能修改';
  }
  if (publishedItems > 0) {
    return `本栏目已有 ${publishedItems} 条发布过的信息，为保持网址不变，栏目代码不能修改`;
  }
  return null;
}

/** A default column to insert again, with its parent's slug (null at the top); it goes after its siblings. */
export type MissingColumn = {
  slug: string;
  name: string;
  basis: string;
  parentSlug: string | null;
};

/**
 * The default tree's columns that the organ no longer has (by slug), parents first; a missing
 * child goes back under its default parent (itself restored if missing).
 * @example missingDefaults([]).length // every default column
 */
export function missingDefaults(columns: readonly Pick<TreeColumn, 'slug'>[]): MissingColumn[] {
  const have = new Set(columns.map((c) => c.slug));
  const missing: MissingColumn[] = [];
  for (const top of DEFAULT_CATALOGUE) {
    if (!have.has(top.slug)) {
      missing.push({ slug: top.slug, name: top.name, basis: top.basis, parentSlug: null });
    }
    for (const child of top.children) {
      if (!have.has(child.slug)) {
        missing.push({ slug: child.slug, name: child.name, basis: '', parentSlug: top.slug });
      }
    }
  }
  return missing;
}
