import { describe, expect, it } from 'vitest';
import {
  breadcrumbs,
  buildForest,
  flattenForest,
  moveRefusal,
  subtreeIds,
  validateTree,
  type TreeRow,
} from './tree.ts';

// 博山区人民政府(1) → 区政府办(2), 教育局(3) → 某中心(6); 池上镇(4), 城东街道(5)
const rows: TreeRow[] = [
  { id: 1, parentId: null, name: '博山区人民政府', sortOrder: 0, type: 'government' },
  { id: 4, parentId: 1, name: '池上镇人民政府', sortOrder: 0, type: 'township' },
  { id: 5, parentId: 1, name: '城东街道办事处', sortOrder: 0, type: 'township' },
  { id: 3, parentId: 1, name: '博山区教育局', sortOrder: 2, type: 'department' },
  { id: 2, parentId: 1, name: '博山区人民政府办公室', sortOrder: 1, type: 'department' },
  { id: 6, parentId: 3, name: '博山区教育服务中心', sortOrder: 0, type: 'other' },
];

describe('organ tree', () => {
  it('orders departments before towns, then by 排序号, then by name in pinyin', () => {
    const flat = flattenForest(buildForest(rows)).map((n) => `${'  '.repeat(n.depth)}${n.organ.name}`);
    expect(flat).toEqual([
      '博山区人民政府',
      '  博山区人民政府办公室',
      '  博山区教育局',
      '    博山区教育服务中心',
      '  城东街道办事处',
      '  池上镇人民政府',
    ]);
  });

  it('shows a person who sees only 教育局 their part as its own tree', () => {
    const forest = buildForest(rows, new Set([3, 6]));
    expect(forest.map((n) => n.organ.id)).toEqual([3]);
    expect(forest[0]!.children.map((n) => n.organ.id)).toEqual([6]);
  });

  it('gives breadcrumbs from the root and survives a cycle', () => {
    expect(breadcrumbs(rows, 6).map((r) => r.id)).toEqual([1, 3, 6]);
    expect(
      breadcrumbs(
        [
          { id: 1, parentId: 2 },
          { id: 2, parentId: 1 },
        ],
        1,
      ).map((r) => r.id),
    ).toEqual([2, 1]);
    expect(breadcrumbs(rows, 99)).toEqual([]);
  });

  it('knows a subtree', () => {
    expect([...subtreeIds(rows, 3)].sort()).toEqual([3, 6]);
  });

  it.each<[string, { id: number; parentId: number | null }[], string[]]>([
    ['a sound tree', rows, []],
    ['an empty registry', [], []],
    [
      'two roots',
      [
        { id: 1, parentId: null },
        { id: 2, parentId: null },
      ],
      ['several-roots'],
    ],
    [
      'no root at all (a cycle)',
      [
        { id: 1, parentId: 2 },
        { id: 2, parentId: 1 },
      ],
      ['no-root', 'cycle', 'cycle'],
    ],
    [
      'a missing parent',
      [
        { id: 1, parentId: null },
        { id: 2, parentId: 9 },
      ],
      ['missing-parent'],
    ],
  ])('validates %s', (_name, tree, kinds) => {
    expect(validateTree(tree).map((p) => p.kind)).toEqual(kinds);
  });

  it.each<[string, number, number, string | null]>([
    ['moves 教育局’s centre to the 镇', 6, 4, null],
    ['refuses to move 教育局 under its own centre', 3, 6, '不能把机构移动到它自己的下级机构之下'],
    ['refuses to make an organ its own parent', 3, 3, '不能把机构设为自己的上级机构'],
    ['refuses to move the root', 1, 4, '根机构不能移动到其他机构之下'],
    ['refuses a parent that does not exist', 3, 99, '所选上级机构不存在'],
    ['refuses to move an organ that does not exist', 99, 1, '要移动的机构不存在'],
  ])('%s', (_name, id, parentId, refusal) => {
    expect(moveRefusal(rows, id, parentId)).toBe(refusal);
  });
});
