import { describe, expect, it } from 'vitest';
import {
  arrangeIssue,
  defaultIssueTitle,
  gazetteOrder,
  issueItemsProblem,
  issueLabel,
  MAX_ISSUE_ITEMS,
  pickedIds,
  readIssueFields,
  type IssueItemFacts,
} from './gazette.ts';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 2));
const item = (id: number, over: Partial<IssueItemFacts> = {}): IssueItemFacts => ({
  id,
  organId: 7,
  kind: 'normative',
  status: 'published',
  title: `信息${id}`,
  publishedAt: at(id),
  ...over,
});

describe('政府公报 issue form', () => {
  it('reads 年/期/总期号/出版日期 and gives the default title 「<organ>公报 2026年第3期」', () => {
    const read = readIssueFields(
      { year: '2026', number: '3', totalNumber: '45', publishedOn: '2026-12-07' },
      '甲区人民政府',
      2026,
    );
    expect(read).toEqual({
      ok: true,
      fields: {
        year: 2026,
        number: 3,
        totalNumber: 45,
        publishedOn: '2026-12-07',
        title: '甲区人民政府公报 2026年第3期',
      },
    });
    expect(issueLabel(2026, 3, 45)).toBe('2026年第3期（总第45期）');
    expect(defaultIssueTitle('甲区人民政府', 2026, 3)).toBe('甲区人民政府公报 2026年第3期');
  });

  it('refuses empty, wrong and malformed numbers and dates with Chinese messages', () => {
    const read = readIssueFields(
      { year: '', number: '0', totalNumber: '-1', publishedOn: '2026-02-30' },
      '甲区',
      2026,
    );
    expect(read.ok).toBe(false);
    const errors = read.ok ? {} : read.errors;
    expect(errors.year).toContain('年份');
    expect(errors.number).toContain('期号');
    expect(errors.totalNumber).toContain('总期号');
    expect(errors.publishedOn).toContain('出版日期');
    for (const year of ['2028', '１９９９', '2026.5', '1e3', '99999999']) {
      expect(readIssueFields({ year, number: '1' }, '甲区', 2026).ok).toBe(false);
    }
    expect(readIssueFields({ year: '2026', number: '367' }, '甲区', 2026).ok).toBe(false);
  });

  it('refuses a huge title and keeps a hostile one as text (escaped by the pages)', () => {
    const huge = readIssueFields({ year: '2026', number: '1', title: '公'.repeat(201) }, '甲区', 2026);
    expect(huge.ok ? '' : huge.errors.title).toContain('200');
    const hostile = readIssueFields(
      { year: '2026', number: '1', title: '<script>alert(1)</script>\n第1期' },
      '甲区',
      2026,
    );
    expect(hostile.ok && hostile.fields.title).toBe('<script>alert(1)</script> 第1期');
  });
});

describe('政府公报 目录', () => {
  it('orders by kind (规章, 规范性文件, 其他文件, 解读, 公告) then 发布日期', () => {
    const items = [
      item(1, { kind: 'notice' }),
      item(2, { kind: 'interpretation' }),
      item(5, { kind: 'normative' }),
      item(3, { kind: 'normative' }),
      item(4, { kind: 'rule' }),
      item(6, { kind: 'document' }),
    ];
    expect(gazetteOrder(items).map((i) => i.id)).toEqual([4, 3, 5, 6, 2, 1]);
  });

  it('keeps the staff order by 顺序 and appends new items in the proposed order', () => {
    const items = [item(1), item(2), item(3, { kind: 'rule' }), item(4)];
    const orders = new Map([
      [1, '2'],
      [2, '1'],
    ]);
    expect(arrangeIssue(items, orders, false)).toEqual({
      ok: true,
      items: [items[1], items[0], items[2], items[3]],
    });
    expect(arrangeIssue(items, orders, true)).toEqual({
      ok: true,
      items: [items[2], items[0], items[1], items[3]],
    });
    expect(arrangeIssue(items, new Map([[1, 'x']]), false)).toEqual({ ok: false, message: '顺序须为数字' });
  });

  it('reads picked ids and refuses malformed ones', () => {
    expect(pickedIds(['12', ' 7 '])).toEqual([12, 7]);
    expect(pickedIds(['12', '0'])).toBeNull();
    expect(pickedIds(["1' OR 1=1"])).toBeNull();
  });
});

describe('政府公报 checks', () => {
  it('refuses an empty issue at publication but not while drafting', () => {
    expect(issueItemsProblem(7, [], false)).toBeNull();
    expect(issueItemsProblem(7, [], true)).toBe('本期尚未收录任何信息，不能出版');
  });

  it('refuses items of another organ, unpublished or withdrawn items, kinds a gazette does not carry, duplicates and too many', () => {
    expect(issueItemsProblem(7, [item(1, { organId: 8 })], true)).toContain('不是本机关发布的信息');
    expect(issueItemsProblem(7, [item(1, { status: 'draft' })], true)).toContain('不是已发布的信息');
    expect(issueItemsProblem(7, [item(1, { status: 'withdrawn' })], true)).toContain('不是已发布的信息');
    expect(issueItemsProblem(7, [item(1, { kind: 'annualReport' })], true)).toContain('不收入公报');
    expect(issueItemsProblem(7, [item(1), item(1)], true)).toContain('两次');
    const many = Array.from({ length: MAX_ISSUE_ITEMS + 1 }, (_, i) => item(i + 1));
    expect(issueItemsProblem(7, many, true)).toContain(String(MAX_ISSUE_ITEMS));
    expect(issueItemsProblem(7, [item(1), item(2, { kind: 'notice' })], true)).toBeNull();
  });
});
