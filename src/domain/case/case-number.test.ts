import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CASE_NUMBER_PATTERN,
  defaultShortName,
  formatCaseNumber,
  validateCaseNumberPattern,
} from './case-number.ts';

describe('case numbers (一案一号)', () => {
  it('writes the default pattern like a 文号', () => {
    expect(
      formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, { shortName: '博政', year: 2025, sequence: 1 }),
    ).toBe('博政公开〔2025〕0001号');
    expect(
      formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, { shortName: '博政', year: 2025, sequence: 123 }),
    ).toBe('博政公开〔2025〕0123号');
  });

  it('writes a sequence wider than the pattern in full, never cut', () => {
    expect(
      formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, { shortName: '博政', year: 2025, sequence: 10_000 }),
    ).toBe('博政公开〔2025〕10000号');
  });

  it('takes organ patterns without padding or without 简称', () => {
    expect(formatCaseNumber('依申请〔{年}〕第{序号}号', { shortName: '', year: 2026, sequence: 7 })).toBe(
      '依申请〔2026〕第7号',
    );
    expect(formatCaseNumber('{年}-{简称}-{序号:6}', { shortName: ' 淄政 ', year: 2026, sequence: 42 })).toBe(
      '2026-淄政-000042',
    );
  });

  it.each([
    ['no year', '{简称}公开{序号:4}号', ['编号格式必须包含 {年}']],
    ['no sequence', '{简称}公开〔{年}〕号', ['编号格式必须包含 {序号} 或 {序号:位数}（如 {序号:4}）']],
    ['two sequences', '{年}{序号}{序号:2}', ['{序号} 只能出现一次']],
    ['two years', '{年}{年}{序号}', ['{年} 只能出现一次']],
    [
      'an unknown placeholder',
      '{机关}〔{年}〕{序号}',
      ['未知的占位符 {机关}，可用的有 {简称}、{年}、{序号}、{序号:4}'],
    ],
    ['a zero width', '〔{年}〕{序号:0}', ['{序号:0} 的位数应为 1 至 8']],
    ['a width of 9', '〔{年}〕{序号:9}', ['{序号:9} 的位数应为 1 至 8']],
    ['an unclosed brace', '{简称〔{年}〕{序号}', ['编号格式中的花括号 { } 不成对']],
    ['an empty pattern', '  ', ['请填写编号格式']],
    ['a very long pattern', `{年}{序号}${'字'.repeat(60)}`, ['编号格式不能超过 60 个字']],
  ])('refuses a pattern with %s', (_name, pattern, errors) => {
    expect(validateCaseNumberPattern(pattern)).toEqual({ isValid: false, errors });
  });

  it('lists every problem of a pattern', () => {
    expect(validateCaseNumberPattern('{名称}')).toEqual({
      isValid: false,
      errors: [
        '编号格式必须包含 {年}',
        '编号格式必须包含 {序号} 或 {序号:位数}（如 {序号:4}）',
        '未知的占位符 {名称}，可用的有 {简称}、{年}、{序号}、{序号:4}',
      ],
    });
  });

  it.each([
    [
      'an invalid pattern',
      '{简称}',
      { shortName: '博政', year: 2025, sequence: 1 },
      '编号格式有误：编号格式必须包含 {年}',
    ],
    [
      'sequence 0',
      DEFAULT_CASE_NUMBER_PATTERN,
      { shortName: '博政', year: 2025, sequence: 0 },
      '序号应为正整数',
    ],
    [
      'a fractional sequence',
      DEFAULT_CASE_NUMBER_PATTERN,
      { shortName: '博政', year: 2025, sequence: 1.5 },
      '序号应为正整数',
    ],
    [
      'a 2-digit year',
      DEFAULT_CASE_NUMBER_PATTERN,
      { shortName: '博政', year: 25, sequence: 1 },
      '年份应为4位整数',
    ],
    [
      'no 简称',
      DEFAULT_CASE_NUMBER_PATTERN,
      { shortName: ' ', year: 2025, sequence: 1 },
      '编号格式包含 {简称}，但机关没有简称',
    ],
  ])('refuses to format with %s', (_name, pattern, parts, message) => {
    expect(() => formatCaseNumber(pattern, parts)).toThrow(message);
  });
});

describe('defaultShortName: a first guess the organ can override', () => {
  it.each([
    ['博山区人民政府', '博政'],
    ['淄博市博山区人民政府', '博政'],
    ['淄博市博山区人民政府办公室', '博政办'],
    ['淄博市人民政府', '淄政'],
    ['山东省人民政府', '鲁政'],
    ['山东省人民政府办公厅', '鲁政办'],
    ['北京市人民政府', '京政'],
    ['广西壮族自治区人民政府', '桂政'],
    ['北京市海淀区人民政府', '海政'],
    ['博山区教育和体育局', '博教'],
    ['淄博市博山区市场监督管理局', '博市'],
    ['博山区城市管理局', '博城'], // 城市 is not a place
    ['博山区住房和城乡建设局', '博住'], // nor is 住房和城乡
    ['博山区城东街道办事处', '城办'],
    ['博山镇人民政府', '博政'], // the same guess as 博山区人民政府: the organ confirms it
    ['易县人民政府', '易政'],
    ['济南市市中区人民政府', '市政'],
    ['国家统计局', '国家'],
    [' 博山区 人民政府 ', '博政'],
  ])('guesses %s → %s', (name, shortName) => {
    expect(defaultShortName(name)).toBe(shortName);
  });
});
