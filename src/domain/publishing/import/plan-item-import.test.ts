import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../calendar/local-date.ts';
import type { KeyedRow } from '../../imports/header-match.ts';
import { DEFAULT_INDEX_PATTERN, indexSerialOf } from '../index-number.ts';
import type { ImportContext, ImportFileFact } from './import-types.ts';
import type { ItemImportColumnKey } from './item-import-columns.ts';
import { planItemImport } from './plan-item-import.ts';

const body = (text = '正文'): ImportFileFact => ({ role: 'body', problem: null, text, size: 10 });
const pdf = (text = ''): ImportFileFact => ({ role: 'attachment', problem: null, text, size: 10 });

const context = (over: Partial<ImportContext> = {}): ImportContext => ({
  today: '2026-12-07' as LocalDate,
  organNames: ['博山区人民政府', '博山区政府'],
  columns: [
    { id: 1, slug: 'normative', name: '行政规范性文件' },
    { id: 2, slug: 'notices', name: '通知公告' },
  ],
  files: new Map([
    ['正文/1.html', body()],
    ['a.pdf', pdf()],
    [
      'fake.pdf',
      { role: 'attachment', problem: '的内容不是 PDF（文件类型与扩展名不符）', text: '', size: 5 },
    ],
    ['id.html', body('联系人：张三 身份证 11010519491231002X')],
  ]),
  takenIndexNumbers: new Set(['OLD/2020-00009']),
  ...over,
});

let line = 1;
const row = (cells: Partial<Record<ItemImportColumnKey, string>>): KeyedRow<ItemImportColumnKey> => ({
  line: (line += 1),
  cells: {
    indexNumber: `OLD/2020-${String(line).padStart(5, '0')}`,
    title: '关于做好2020年政务公开工作的通知',
    kind: '其他文件',
    publishedOn: '2020-03-05',
    ...cells,
  },
  problems: [],
});

const errorsOf = (cells: Partial<Record<ItemImportColumnKey, string>>, over?: Partial<ImportContext>) =>
  planItemImport([row(cells)], context(over)).errors.map((e) => `${e.column}：${e.message}`);

describe('reading a row of an item import', () => {
  it('makes a valid row an item keeping its 索引号, 发布日期, columns and files', () => {
    const plan = planItemImport(
      [
        row({
          indexNumber: 'OLD/2020-00001',
          organ: '博山区人民政府、博山区财政局',
          docNumber: '博政发[2020] 3号',
          writtenOn: '2020年3月1日',
          genre: '通知',
          topic: '综合政务/政务公开',
          columns: 'notices；行政规范性文件',
          body: '正文/1.html',
          attachments: 'a.pdf',
        }),
      ],
      context(),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.isCommittable).toBe(true);
    const item = plan.items[0]!;
    expect(item).toMatchObject({
      indexNumber: 'OLD/2020-00001',
      publishedOn: '2020-03-05',
      columnIds: [2, 1],
      body: '正文/1.html',
      attachments: ['a.pdf'],
    });
    expect(item.draft).toMatchObject({
      docNumber: '博政发〔2020〕3号',
      coOrgans: '博山区财政局',
      writtenOn: '2020-03-01',
      formedOn: '2020-03-01',
      topic: '综合政务\\政务公开',
    });
  });

  it.each([
    [{ title: '' }, '标题：请填写标题'],
    [{ publishedOn: '2020-13-45' }, '发布日期：「2020-13-45」不是有效日期，请按“2024-03-05”的格式填写'],
    [{ publishedOn: '' }, '发布日期：请填写发布日期'],
    [{ publishedOn: '2027-01-01' }, '发布日期：发布日期不能晚于今天'],
    [{ writtenOn: '2020-04-01' }, '成文日期：成文日期不能晚于发布日期'],
    [{ columns: '不存在的栏目' }, '栏目：栏目「不存在的栏目」不存在，请填写本机关已有栏目的名称或网址标识'],
    [{ topic: '天文' }, '主题分类：「天文」不在国务院主题分类中（如「综合政务」或「综合政务\\政务公开」）'],
    [{ genre: '随笔' }, expect.stringMatching(/^体裁：「随笔」不是可用的体裁/)],
    [{ kind: '新闻' }, expect.stringMatching(/^类别：「新闻」不是可用的类别/)],
    [{ indexNumber: 'OLD/2020-00009' }, '索引号：索引号「OLD/2020-00009」已被平台上的其他信息使用'],
    [{ indexNumber: '' }, '索引号：请填写原网站的索引号'],
    [{ indexNumber: '<script>' }, expect.stringMatching(/^索引号：索引号只能含/)],
    [{ body: 'missing.html' }, '正文文件：ZIP 中没有文件「missing.html」'],
    [{ attachments: 'fake.pdf' }, '附件：「fake.pdf」的内容不是 PDF（文件类型与扩展名不符）'],
    [{ body: 'a.pdf' }, expect.stringMatching(/^正文文件：「a.pdf」不能作为正文/)],
    [{ docNumber: '第三号文件' }, expect.stringMatching(/^文号：文号「第三号文件」不符合/)],
    [{ organ: '淄博市财政局' }, '发布机构：发布机构「淄博市财政局」中没有导入机关（博山区人民政府）'],
    [{ validity: '已废止' }, '有效性：只有规章和行政规范性文件填写有效性'],
    [
      { kind: '行政规范性文件', validity: '作废' },
      expect.stringMatching(/^有效性：「作废」不是可用的有效性/),
    ],
  ])('refuses %j', (cells, message) => {
    expect(errorsOf(cells)).toContainEqual(message);
  });

  it('refuses a 索引号 given twice in the file (on the later row), whatever its width or case', () => {
    const plan = planItemImport([row({ indexNumber: 'abc-1' }), row({ indexNumber: 'ＡＢＣ-1' })], context());
    expect(plan.errors).toEqual([
      {
        line: plan.errors[0]!.line,
        column: '索引号',
        message: expect.stringMatching(/^索引号「ＡＢＣ-1」与第\d+行重复$/),
      },
    ]);
    expect(plan.isCommittable).toBe(false);
    expect(plan.invalidRows).toBe(1);
  });

  it('keeps a title with markup as text (the page escapes it) and a formula-looking cell as text', () => {
    const plan = planItemImport(
      [row({ title: '<img src=x onerror=alert(1)>', keywords: '=cmd|calc' })],
      context(),
    );
    expect(plan.items[0]!.draft.title).toBe('<img src=x onerror=alert(1)>');
    expect(plan.items[0]!.draft.keywords).toBe('=cmd|calc');
  });

  it('warns, masked, about personal data in the body without blocking the import', () => {
    const plan = planItemImport([row({ body: 'id.html' })], context());
    expect(plan.isCommittable).toBe(true);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]!.message).toContain('身份证号码 1101**********002X');
    expect(plan.warnings[0]!.message).not.toContain('11010519491231002X');
  });

  it('is not committable when empty', () => {
    expect(planItemImport([], context()).isCommittable).toBe(false);
  });
});

describe('the serial of an imported 索引号', () => {
  it('reads the year and serial of a number the organ pattern gives, and nothing of other shapes', () => {
    expect(
      indexSerialOf(DEFAULT_INDEX_PATTERN, '11370304004200345X', '11370304004200345X/2024-00107'),
    ).toEqual({
      year: 2024,
      serial: 107,
    });
    expect(indexSerialOf('{机构代码}-{日期}-{序号:6}', 'ABC', 'ABC-20240305-000012')).toEqual({
      year: 2024,
      serial: 12,
    });
    expect(indexSerialOf(DEFAULT_INDEX_PATTERN, '11370304004200345X', '000000000/2024-00107')).toBeNull();
    expect(
      indexSerialOf(DEFAULT_INDEX_PATTERN, '11370304004200345X', '11370304004200345X/2024-1'),
    ).toBeNull();
  });
});
