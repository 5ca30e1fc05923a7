import { describe, expect, it } from 'vitest';
import {
  columnFieldErrors,
  deleteRefusal,
  depthOf,
  generateSlug,
  missingDefaults,
  moveRefusal,
  nextPosition,
  reorder,
  slugChangeRefusal,
  slugTaken,
  type TreeColumn,
} from './catalogue-tree.ts';
import { DEFAULT_CATALOGUE } from './default-catalogue.ts';

const col = (id: number, parentId: number | null, slug: string, position: number): TreeColumn => ({
  id,
  parentId,
  slug,
  name: slug,
  basis: '',
  position,
});
// plans(1) › plans-1(2), plans-2(3); budget(4) › budget-1(5); stats(6)
const TREE = [
  col(1, null, 'plans', 1),
  col(2, 1, 'plans-1', 1),
  col(3, 1, 'plans-2', 2),
  col(4, null, 'budget', 2),
  col(5, 4, 'budget-1', 1),
  col(6, null, 'stats', 3),
];

describe('column fields', () => {
  it('needs a name of at most 50 characters, counted as characters', () => {
    expect(columnFieldErrors({ name: '', slug: '', basis: '' }).name).toBe('请填写栏目名称');
    expect(columnFieldErrors({ name: '长'.repeat(50), slug: '', basis: '' })).toEqual({});
    expect(columnFieldErrors({ name: '长'.repeat(10_000), slug: '', basis: '' }).name).toContain('最长50');
  });
  it.each(['../x', 'X', '-a', 'a b', 'a/b', '规划', 'a'.repeat(64)])('refuses the code %s', (slug) => {
    expect(columnFieldErrors({ name: 'n', slug, basis: '' }).slug).toContain('小写字母');
  });
  it('accepts an empty code (generated) and a well-formed one', () => {
    expect(columnFieldErrors({ name: 'n', slug: 'land-plan-2', basis: '第二十条（三）' })).toEqual({});
  });
});

describe('codes', () => {
  it('numbers a sub-column after its parent and a top column as column-n, skipping taken codes', () => {
    expect(generateSlug(['plans', 'plans-1', 'plans-2'], 'plans')).toBe('plans-3');
    expect(generateSlug(['column-1'], null)).toBe('column-2');
  });
  it('refuses a code another column uses, not its own code', () => {
    expect(slugTaken(TREE, 'plans-1', null)).toBe('栏目代码「plans-1」已被其他栏目使用');
    expect(slugTaken(TREE, 'plans-1', 3)).toContain('已被其他栏目使用');
    expect(slugTaken(TREE, 'plans-1', 2)).toBeNull();
    expect(slugTaken(TREE, 'plans-9', null)).toBeNull();
  });
  it('never changes the code of a published or reserved column', () => {
    expect(slugChangeRefusal('plans-1', 0)).toBeNull();
    expect(slugChangeRefusal('plans-1', 3)).toContain('已有 3 条发布过的信息');
    expect(slugChangeRefusal('documents-2', 0)).toContain('系统默认归入');
  });
});

describe('moves', () => {
  it('knows each depth', () => {
    expect([1, 2, 6].map((id) => depthOf(TREE, id))).toEqual([1, 2, 1]);
  });
  it('refuses a cycle: under itself or its own sub-column', () => {
    expect(moveRefusal(TREE, 1, 1)).toContain('不能移到本栏目');
    expect(moveRefusal(TREE, 1, 2)).toContain('不能移到本栏目');
  });
  it('refuses a third level', () => {
    expect(moveRefusal(TREE, 6, 2)).toContain('最多2级');
    expect(moveRefusal(TREE, 4, 1)).toContain('本栏目有子栏目');
  });
  it('allows a leaf under a first-level column and anything to the top', () => {
    expect(moveRefusal(TREE, 6, 4)).toBeNull();
    expect(moveRefusal(TREE, 2, null)).toBeNull();
    expect(moveRefusal(TREE, 2, 99)).toBe('所选上级栏目不存在');
  });
});

describe('reorder', () => {
  it('swaps with the neighbour and renumbers the siblings', () => {
    expect(reorder(TREE, 4, 'up')).toEqual([
      { id: 4, position: 1 },
      { id: 1, position: 2 },
      { id: 6, position: 3 },
    ]);
    expect(reorder(TREE, 2, 'down')).toEqual([
      { id: 3, position: 1 },
      { id: 2, position: 2 },
    ]);
  });
  it('does nothing at either end or for an unknown column', () => {
    expect(reorder(TREE, 1, 'up')).toEqual([]);
    expect(reorder(TREE, 6, 'down')).toEqual([]);
    expect(reorder(TREE, 99, 'up')).toEqual([]);
  });
  it('puts a new column after the last sibling', () => {
    expect(nextPosition(TREE, 1)).toBe(3);
    expect(nextPosition(TREE, 5)).toBe(1);
  });
});

describe('delete', () => {
  it('refuses reserved columns, columns with sub-columns and columns with items, naming the count', () => {
    expect(
      deleteRefusal({ slug: 'documents-2', name: '行政规范性文件' }, { children: 0, items: 0 }),
    ).toContain('不能删除');
    expect(deleteRefusal({ slug: 'plans', name: '规划信息' }, { children: 2, items: 0 })).toContain(
      '2 个子栏目',
    );
    expect(deleteRefusal({ slug: 'plans-1', name: '总体规划' }, { children: 0, items: 7 })).toContain(
      '7 条信息',
    );
    expect(deleteRefusal({ slug: 'plans-1', name: '总体规划' }, { children: 0, items: 0 })).toBeNull();
  });
});

describe('restore', () => {
  it('lists every default column for an empty tree, parents first', () => {
    const missing = missingDefaults([]);
    expect(missing.length).toBe(DEFAULT_CATALOGUE.reduce((n, c) => n + 1 + c.children.length, 0));
    expect(missing[0]).toMatchObject({ slug: 'organ', parentSlug: null });
  });
  it('lists only what is gone', () => {
    const all = missingDefaults([]).filter((m) => m.slug !== 'plans-2');
    expect(missingDefaults(all)).toEqual([
      { slug: 'plans-2', name: '专项规划', basis: '', parentSlug: 'plans' },
    ]);
  });
});
