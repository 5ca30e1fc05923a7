/**
 * The organ tree: one root (the 人民政府 that runs the platform), every other organ under exactly
 * one parent, no cycles. Building it for display, checking it, moving within it, breadcrumbs.
 * Pure: works on plain rows.
 */
import type { OrganType } from './organ.ts';

/** What the tree needs of an organ. */
export type TreeRow = {
  id: number;
  parentId: number | null;
  name: string;
  sortOrder: number;
  type: OrganType;
};

/** An organ with its children, in display order. */
export type TreeNode<T extends TreeRow> = { organ: T; children: TreeNode<T>[] };

/** Order within a parent: 人民政府 and departments before 乡镇（街道）, then 排序号, then name (拼音). */
const TYPE_RANK: Record<OrganType, number> = { government: 0, department: 1, township: 2, other: 3 };

/**
 * Compares siblings for display.
 * @example rows.sort(compareSiblings)
 */
export function compareSiblings(a: TreeRow, b: TreeRow): number {
  return (
    TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
    a.sortOrder - b.sortOrder ||
    a.name.localeCompare(b.name, 'zh-Hans-CN') ||
    a.id - b.id
  );
}

/**
 * Builds the forest of `rows` (only those in `visible`, when given): an organ whose parent is not
 * shown becomes a top node, so a person who sees only 教育局 gets 教育局 as their root.
 */
export function buildForest<T extends TreeRow>(
  rows: readonly T[],
  visible?: ReadonlySet<number>,
): TreeNode<T>[] {
  const shown = visible ? rows.filter((r) => visible.has(r.id)) : [...rows];
  const nodes = new Map(shown.map((r) => [r.id, { organ: r, children: [] as TreeNode<T>[] }]));
  const tops: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.organ.parentId === null ? undefined : nodes.get(node.organ.parentId);
    (parent ? parent.children : tops).push(node);
  }
  const sort = (list: TreeNode<T>[]) => {
    list.sort((a, b) => compareSiblings(a.organ, b.organ));
    list.forEach((n) => sort(n.children));
  };
  sort(tops);
  return tops;
}

/** The forest depth-first, each organ with its depth (0 = top), for tables and pickers. */
export function flattenForest<T extends TreeRow>(
  forest: readonly TreeNode<T>[],
  depth = 0,
): { organ: T; depth: number }[] {
  return forest.flatMap((n) => [{ organ: n.organ, depth }, ...flattenForest(n.children, depth + 1)]);
}

/**
 * The path from the root to `id` (inclusive). Stops at a cycle or a missing parent.
 * @example breadcrumbs(rows, townId).map((o) => o.name) // ['博山区人民政府', '池上镇人民政府']
 */
export function breadcrumbs<T extends Pick<TreeRow, 'id' | 'parentId'>>(rows: readonly T[], id: number): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const path: T[] = [];
  const seen = new Set<number>();
  for (
    let current = byId.get(id);
    current && !seen.has(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId)
  ) {
    seen.add(current.id);
    path.unshift(current);
  }
  return path;
}

/** `id` and every organ below it. */
export function subtreeIds(rows: readonly Pick<TreeRow, 'id' | 'parentId'>[], id: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const r of rows) {
    if (r.parentId !== null) {
      children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
    }
  }
  const out = new Set<number>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (!out.has(current)) {
      out.add(current);
      stack.push(...(children.get(current) ?? []));
    }
  }
  return out;
}

/** Something that makes the rows not a tree. */
export type TreeProblem =
  | { kind: 'no-root' }
  | { kind: 'several-roots'; ids: number[] }
  | { kind: 'missing-parent'; id: number; parentId: number }
  | { kind: 'cycle'; id: number };

/**
 * Checks the whole tree: exactly one root (when there are organs), every parent exists, no cycles.
 * @returns the problems found (empty when the tree is sound)
 */
export function validateTree(rows: readonly Pick<TreeRow, 'id' | 'parentId'>[]): TreeProblem[] {
  if (rows.length === 0) {
    return [];
  }
  const problems: TreeProblem[] = [];
  const roots = rows.filter((r) => r.parentId === null).map((r) => r.id);
  if (roots.length === 0) {
    problems.push({ kind: 'no-root' });
  } else if (roots.length > 1) {
    problems.push({ kind: 'several-roots', ids: roots });
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const r of rows) {
    if (r.parentId !== null && !byId.has(r.parentId)) {
      problems.push({ kind: 'missing-parent', id: r.id, parentId: r.parentId });
    }
  }
  for (const r of rows) {
    const seen = new Set<number>();
    let current: number | null | undefined = r.id;
    while (current !== null && current !== undefined && !seen.has(current)) {
      seen.add(current);
      current = byId.get(current)?.parentId;
    }
    if (current === r.id) {
      problems.push({ kind: 'cycle', id: r.id });
    }
  }
  return problems;
}

/**
 * Why `id` cannot be moved under `newParentId`, in Chinese, or null when it can.
 * @example moveRefusal(rows, districtId, townId) // '根机构不能移动到其他机构之下'
 */
export function moveRefusal(
  rows: readonly Pick<TreeRow, 'id' | 'parentId'>[],
  id: number,
  newParentId: number,
): string | null {
  const organ = rows.find((r) => r.id === id);
  if (!organ) {
    return '要移动的机构不存在';
  }
  if (!rows.some((r) => r.id === newParentId)) {
    return '所选上级机构不存在';
  }
  if (organ.parentId === null) {
    return '根机构不能移动到其他机构之下';
  }
  if (newParentId === id) {
    return '不能把机构设为自己的上级机构';
  }
  if (subtreeIds(rows, id).has(newParentId)) {
    return '不能把机构移动到它自己的下级机构之下';
  }
  return null;
}
