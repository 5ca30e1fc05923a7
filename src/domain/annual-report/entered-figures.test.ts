import { describe, expect, it } from 'vitest';
import { parseCount, parseEnteredFigures, parseWanYuan } from './entered-figures.ts';

describe('entered figures of table 二', () => {
  it.each([
    ['', null],
    ['  0 ', 0],
    ['12', 12],
    ['1,204', 1204],
    ['１２３', 123],
    ['007', 7],
    ['15.00', 15],
    ['999999999', 999_999_999],
  ])('reads the count %j as %j', (raw, value) => {
    expect(parseCount(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['-1', '不能为负数'],
    ['－3', '不能为负数'],
    ['1.5', '不能有小数'],
    ['12345678901234567890', '数值过大'],
    ['1000000000', '数值过大'],
    ['十二', '不是数字'],
    ['=cmd|calc', '不是数字'],
    ['1e3', '不是数字'],
    ['1,2345', '不是数字'],
  ])('refuses the count %j (%s)', (raw, message) => {
    const result = parseCount(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it.each([
    ['', null],
    ['0', '0'],
    ['12.5', '12.5'],
    ['0.1234', '0.1234'],
    ['0.12340', '0.1234'],
    ['1,234.5 万元', '1234.5'],
    ['99999999.9999', '99999999.9999'],
  ])('reads the 万元 amount %j as %j', (raw, value) => {
    expect(parseWanYuan(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['0.123456', '最多保留 4 位小数'],
    ['-0.5', '不能为负数'],
    ['100000000', '数值过大'],
    ['abc', '不是数字'],
    ['1.2.3', '不是数字'],
  ])('refuses the 万元 amount %j (%s)', (raw, message) => {
    const result = parseWanYuan(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('needs the source system of any figure, and names each field in its message', () => {
    const result = parseEnteredFigures({ licensing: '3', penalties: '-1', feesWanYuan: '0.123456' });
    expect(result).toEqual({
      ok: false,
      errors: {
        penalties: '行政处罚本年处理决定数量不能为负数',
        feesWanYuan: '行政事业性收费本年收费金额（万元）单位为万元，最多保留 4 位小数（即精确到元）',
        sourceSystem: expect.stringContaining('请填写数据来源系统') as string,
      },
    });
  });

  it('accepts all blank (nothing entered yet) and keeps 0 apart from blank', () => {
    expect(parseEnteredFigures({})).toEqual({
      ok: true,
      figures: {
        licensing: null,
        penalties: null,
        coercion: null,
        feesWanYuan: null,
        sourceSystem: '',
        note: '',
      },
    });
    const zero = parseEnteredFigures({ coercion: '0', sourceSystem: '行政执法监督平台' });
    expect(zero.ok && zero.figures.coercion).toBe(0);
  });

  it('refuses control characters and over-long texts', () => {
    const result = parseEnteredFigures({ sourceSystem: 'a\u0007b', note: '注'.repeat(501) });
    expect(result.ok ? {} : result.errors).toEqual({
      sourceSystem: '数据来源系统含有不可见的控制字符，请删除后重试',
      note: '备注不能超过 500 个字（现有 501 个字）',
    });
  });
});
