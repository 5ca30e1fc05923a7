import { describe, expect, it } from 'vitest';
import { can, type OrganTree } from '../access/policy.ts';
import type { Actor } from '../access/roles.ts';
import type { ImportColumnKey } from './import-columns.ts';
import { planOrganImport, writeOrder, type ImportRow } from './import-plan.ts';
import type { Organ } from './organ.ts';

const at = new Date('2026-11-22T00:00:00Z');
const organ = (
  id: number,
  parentId: number | null,
  name: string,
  slug: string,
  extra: Partial<Organ> = {},
): Organ => ({
  id,
  parentId,
  name,
  shortName: name,
  slug,
  type: parentId === null ? 'government' : 'department',
  level: 'county',
  creditCode: null,
  address: null,
  postcode: null,
  phone: null,
  fax: null,
  email: null,
  officeHours: null,
  sortOrder: 0,
  createdAt: at,
  updatedAt: at,
  version: 1,
  ...extra,
});
// 博山区人民政府(1) → 教育局(2), 池上镇(3)
const existing = [
  organ(1, null, '博山区人民政府', 'bsq', { creditCode: '113703040042180156' }),
  organ(2, 1, '博山区教育局', 'jyj'),
  organ(3, 1, '池上镇人民政府', 'csz', { type: 'township', level: 'township' }),
];
const admin = (organId: number): Actor => ({
  accountId: 1,
  username: 'a',
  displayName: 'A',
  roles: [{ organId, role: 'admin' }],
  mustChangePassword: false,
});
const mayManageAs = (actor: Actor) => (id: number, tree: OrganTree) => can(actor, 'organ.manage', id, tree);

let line = 1;
const row = (cells: Partial<Record<ImportColumnKey, string>>, problems: string[] = []): ImportRow => {
  line += 1;
  return { line, cells: { type: '政府部门', level: '县级', parent: '博山区人民政府', ...cells }, problems };
};
const plan = (rows: ImportRow[], actor = admin(1)) =>
  planOrganImport({ rows, existing, mayManage: mayManageAs(actor) });

describe('planning an organ import', () => {
  it('creates new organs, also under organs created by the same file, parents first', () => {
    const result = plan([
      row({ name: '博山区教育服务中心', slug: 'jyj-fwzx', parent: 'jyj-kx', type: '其他' }),
      row({ name: '博山区科学技术局', slug: 'jyj-kx', parent: '博山区人民政府' }),
    ]);
    expect(result.rows.map((r) => [r.action, r.parentName, r.errors])).toEqual([
      ['create', '博山区科学技术局', []],
      ['create', '博山区人民政府', []],
    ]);
    expect(result.isCommittable).toBe(true);
    expect(writeOrder(result)).toEqual([1, 0]);
  });

  it('updates an organ matched by 网址标识 and lists what changes, before → after', () => {
    const result = plan([row({ name: '博山区教育和体育局', slug: 'jyj', phone: '0533-0000001' })]);
    expect(result.rows[0]).toMatchObject({
      action: 'update',
      organId: 2,
      version: 1,
      changes: [
        { label: '名称', before: '博山区教育局', after: '博山区教育和体育局' },
        { label: '电话', before: '', after: '0533-0000001' },
      ],
    });
  });

  it('never wipes a stored value with an empty cell', () => {
    const result = plan([
      row({ name: '博山区人民政府', slug: 'bsq', parent: '', type: '人民政府', creditCode: '', phone: '' }),
    ]);
    expect(result.rows[0]).toMatchObject({
      action: 'unchanged',
      fields: { creditCode: '113703040042180156' },
    });
  });

  it('keeps values of columns the file does not have, and sees an unchanged row as unchanged', () => {
    const result = plan([row({ name: '博山区人民政府', slug: 'bsq', parent: '', type: '人民政府' })]);
    expect(result.rows[0]).toMatchObject({ action: 'unchanged', changes: [] });
    expect(result.isCommittable).toBe(false); // nothing to do
  });

  it.each<[string, Partial<Record<ImportColumnKey, string>>, string]>([
    ['a bad credit code', { creditCode: '11370304004218015X' }, '校验码（第18位）应为 6'],
    ['a credit code another organ has', { creditCode: '113703040042180156' }, '已被「博山区人民政府」使用'],
    ['an unknown parent', { parent: '淄博市人民政府' }, '上级机构「淄博市人民政府」不存在'],
    ['an empty parent', { parent: '' }, '请填写上级机构（只有根机构不填）'],
    ['a type not in the list', { type: '事业单位' }, '类型应为人民政府、政府部门、乡镇（街道）、其他之一'],
    ['a level not in the list', { level: '区级' }, '层级应为省级、市级、县级、乡级之一'],
    ['an organ as its own parent', { parent: 'new-one' }, '上级机构不能是本机构'],
  ])('refuses a row with %s', (_name, cells, message) => {
    const result = plan([row({ name: '新机构', slug: 'new-one', ...cells })]);
    expect(result.rows[0]!.action).toBe('invalid');
    expect(result.rows[0]!.errors.join('；')).toContain(message);
    expect(result.isCommittable).toBe(false);
  });

  it('carries problems found while reading cells', () => {
    const result = plan([
      row({ name: '新机构', slug: 'new-one' }, ['「电话」列是公式，且没有保存计算结果；请改为直接填写内容']),
    ]);
    expect(result.rows[0]!.errors).toEqual(['「电话」列是公式，且没有保存计算结果；请改为直接填写内容']);
  });

  it('refuses duplicates within the file, naming the first row', () => {
    const result = plan([row({ name: '甲局', slug: 'jia' }), row({ name: '甲局', slug: 'jia' })]);
    expect(result.rows[1]!.errors).toEqual(
      expect.arrayContaining([
        `网址标识「jia」与第${result.rows[0]!.line}行重复`,
        `名称「甲局」与第${result.rows[0]!.line}行重复`,
      ]),
    );
  });

  it('refuses a name that fits several organs as parent', () => {
    const result = plan([
      row({ name: '甲所', slug: 'jia' }),
      row({ name: '甲所', slug: 'jia2' }),
      row({ name: '乙所', slug: 'yi', parent: '甲所' }),
    ]);
    expect(result.rows[2]!.errors).toContain('上级机构「甲所」对应多个机构，请改填其网址标识');
  });

  it('refuses a cycle made by the file (教育局 under a new organ under 教育局)', () => {
    const result = plan([
      row({ name: '博山区教育局', slug: 'jyj', parent: 'zx' }),
      row({ name: '中心', slug: 'zx', parent: 'jyj' }),
    ]);
    expect(result.rows.every((r) => r.errors.some((e) => e.includes('循环')))).toBe(true);
  });

  it('refuses to give the root a parent', () => {
    const result = plan([row({ name: '博山区人民政府', slug: 'bsq', parent: 'jyj', type: '人民政府' })]);
    expect(result.rows[0]!.errors).toContain('根机构不能设置上级机构，请把「上级机构」留空');
  });

  describe('as the administrator of 教育局 only', () => {
    const jyjAdmin = admin(2);
    it('creates under 教育局', () => {
      expect(
        plan([row({ name: '博山区教育服务中心', slug: 'fwzx', parent: 'jyj', type: '其他' })], jyjAdmin)
          .isCommittable,
      ).toBe(true);
    });
    it.each<[string, Partial<Record<ImportColumnKey, string>>, string]>([
      ['not under the district', { name: '新局', slug: 'xin' }, '您无权在「博山区人民政府」下新增机构'],
      [
        'not under the 镇',
        { name: '新所', slug: 'xin', parent: 'csz' },
        '您无权在「池上镇人民政府」下新增机构',
      ],
      [
        'cannot rename the 镇',
        { name: '池上镇', slug: 'csz', type: '乡镇（街道）', level: '乡级' },
        '您无权修改机构「池上镇人民政府」',
      ],
      [
        'cannot move 教育局 under the 镇',
        { name: '博山区教育局', slug: 'jyj', parent: 'csz' },
        '您无权把机构移到「池上镇人民政府」之下',
      ],
    ])('%s', (_name, cells, message) => {
      expect(plan([row(cells)], jyjAdmin).rows[0]!.errors).toContain(message);
    });
  });

  it('lets a supervisor change nothing', () => {
    const supervisor: Actor = { ...admin(1), roles: [{ organId: 1, role: 'supervisor' }] };
    expect(plan([row({ name: '新局', slug: 'xin' })], supervisor).rows[0]!.errors).toContain(
      '您无权在「博山区人民政府」下新增机构',
    );
  });
});
