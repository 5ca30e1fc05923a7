import { describe, expect, it } from 'vitest';
import { localDate } from '../calendar/local-date.ts';
import { DEFAULT_INDEX_PATTERN, formatIndexNumber, indexPatternProblem } from './index-number.ts';
import { docNumberKey, isWellFormedDocNumber, normaliseDocNumber } from './doc-number.ts';
import { itemActions, itemRefusal, nextStatus, type ItemFacts } from './transitions.ts';
import { isTopic, topicOptions, TOPIC_CLASSES } from './topics.ts';

describe('索引号', () => {
  it('formats the default 「信用代码/年-5位流水」 and the other shapes in use', () => {
    const base = {
      organCode: '11370304004200345X',
      publishedOn: localDate('2026-12-06'),
      columnCode: 'GK01',
      serial: 7,
    };
    expect(formatIndexNumber({ ...base, pattern: DEFAULT_INDEX_PATTERN })).toBe(
      '11370304004200345X/2026-00007',
    );
    expect(formatIndexNumber({ ...base, pattern: '{机构代码}/{年月}-{序号:5}' })).toBe(
      '11370304004200345X/202612-00007',
    );
    expect(formatIndexNumber({ ...base, pattern: '{日期}-{序号:6}' })).toBe('20261206-000007');
    expect(formatIndexNumber({ ...base, pattern: 'GSD0122-{栏目代码}-{年}-{序号:3}' })).toBe(
      'GSD0122-GK01-2026-007',
    );
  });
  it.each([
    ['', '不能为空'],
    ['{机构代码}/{年}', '流水号'],
    ['{机构代码}/{序号:5}', '年份'],
    ['{机构代码}/{年}-{序号:5}-{序号:3}', '流水号'],
    ['{部门}/{年}-{序号:5}', '「{部门}」无法识别'],
    ['<script>{年}{序号:5}', '分隔符'],
    ['{年}-{序号:0}', '位数1至9'],
  ])('refuses the pattern %j', (pattern, message) => {
    expect(indexPatternProblem(pattern)).toContain(message);
  });
  it('accepts the default pattern', () => {
    expect(indexPatternProblem(DEFAULT_INDEX_PATTERN)).toBeNull();
  });
});

describe('文号', () => {
  it.each([
    ['博政发[2024] 3号', '博政发〔2024〕3号'],
    ['博政发（2024）3号', '博政发〔2024〕3号'],
    ['博政发［２０２４］３号', '博政发〔2024〕3号'],
    ['博政发【2024】3号', '博政发〔2024〕3号'],
    ['博政发〔2024〕3号', '博政发〔2024〕3号'],
  ])('normalises %j', (typed, normal) => {
    expect(normaliseDocNumber(typed)).toBe(normal);
    expect(docNumberKey(typed)).toBe(docNumberKey(normal));
  });
  it('knows the shapes in use', () => {
    expect(isWellFormedDocNumber('博政发〔2024〕3号')).toBe(true);
    expect(isWellFormedDocNumber('区政府令第3号')).toBe(true);
    expect(isWellFormedDocNumber('2024-3')).toBe(false);
  });
});

describe('the item transition table', () => {
  const item = (status: ItemFacts['status'], draftedBy = 1): ItemFacts => ({
    status,
    kind: 'normative',
    draftedBy,
  });
  it('walks 草稿 → 待审核 → 待签发 → 已发布 / 定时发布 → 已撤回', () => {
    expect(nextStatus('submitForReview', 'draft')).toBe('inReview');
    expect(nextStatus('approveReview', 'inReview')).toBe('inSigning');
    expect(nextStatus('sign', 'inSigning')).toBe('published');
    expect(nextStatus('sign', 'inSigning', true)).toBe('scheduled');
    expect(nextStatus('withdraw', 'published')).toBe('withdrawn');
    expect(nextStatus('returnReview', 'inReview')).toBe('draft');
  });
  it('does not let the drafter sign unless the organ allows it', () => {
    expect(
      itemRefusal('sign', ['approver'], item('inSigning', 5), { accountId: 5, drafterMaySign: false }),
    ).toContain('起草人');
    expect(
      itemRefusal('sign', ['approver'], item('inSigning', 5), { accountId: 5, drafterMaySign: true }),
    ).toBeNull();
    expect(
      itemRefusal('sign', ['approver'], item('inSigning', 5), { accountId: 6, drafterMaySign: false }),
    ).toBeNull();
  });
  it('refuses by role and by state, and offers what the table allows', () => {
    const ctx = { accountId: 9, drafterMaySign: false };
    expect(itemRefusal('approveReview', ['handler'], item('inReview'), ctx)).toContain('角色');
    expect(itemRefusal('sign', ['approver'], item('draft'), ctx)).toContain('状态');
    expect(itemActions(['reviewer'], item('inReview'), ctx).map((a) => a.action)).toEqual([
      'approveReview',
      'returnReview',
    ]);
    expect(itemActions(['handler'], { ...item('published'), kind: 'notice' }, ctx)).toEqual([
      { action: 'changeValidity', label: '变更有效性', blockedBy: '只有规章和行政规范性文件标注有效性' },
    ]);
  });
});

describe('主题分类', () => {
  it('ships the 22 top classes and checks 「一级\\二级」', () => {
    expect(TOPIC_CLASSES).toHaveLength(22);
    expect(isTopic('财政、金融、审计\\审计')).toBe(true);
    expect(isTopic('卫生、体育')).toBe(true);
    expect(isTopic('卫生、体育\\审计')).toBe(false);
    expect(topicOptions()).toContain('科技、教育\\教育');
  });
});
