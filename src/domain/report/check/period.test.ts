import { describe, expect, it } from 'vitest';
import { checkPeriod, findStatedPeriods } from './period.ts';
import { NO_SECTIONS, blankReport2021, seedReport, seedText } from './fixtures.test-support.ts';

const periodsIn = (text: string): string[] =>
  findStatedPeriods({ part: 'document', text, isSource: true }).map(
    (p) => `${p.from.year}-${p.from.month}-${p.from.day}~${p.to.year}-${p.to.month}-${p.to.day}`,
  );

describe('findStatedPeriods', () => {
  it.each([
    ['所列数据统计期限为2023年1月1日至2023年12月31日。', ['2023-1-1~2023-12-31']],
    ['报告中所列数据的统计期限自2024年1月1日起,至2024年12月31日止。', ['2024-1-1~2024-12-31']],
    ['本报告内容涵盖镇政府2017年1月1日至12月31日期间的政府信息公开工作情况。', ['2017-1-1~2017-12-31']],
    ['统计时限为 2020 年 1 月 1 日到 2020 年 12 月 31 日', ['2020-1-1~2020-12-31']],
    ['2023年11月1日至2024年1月31日开展专项行动。', []],
    ['发文日期: 2025-02-17', []],
  ])('%s', (text, expected) => {
    expect(periodsIn(text)).toEqual(expected);
  });
});

describe('checkPeriod', () => {
  it.each(['000', '002', '003'] as const)('seed %s states its own year', (id) => {
    expect(checkPeriod(seedReport(id), seedText(id))).toEqual([]);
  });

  it.each(['001', '004'] as const)('seed %s states no period: info', (id) => {
    expect(checkPeriod(seedReport(id), seedText(id)).map((f) => `${f.severity}:${f.code}`)).toEqual([
      'info:PERIOD_NOT_STATED',
    ]);
  });

  it('a period naming another year is an error with its position', () => {
    const source = seedText('000').replace('2023年1月1日至2023年12月31日', '2022年1月1日至2022年12月31日');
    const [f, ...rest] = checkPeriod(seedReport('000'), source);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'PERIOD_YEAR_MISMATCH',
      severity: 'error',
      message: '正文所述统计期限「2022年1月1日至2022年12月31日」与报告年度2023年不符',
      where: { line: 1 },
      numbers: { reportYear: 2023, fromYear: 2022, toYear: 2022, difference: -1 },
    });
    expect(source.slice(f!.where.start, f!.where.end)).toBe('2022年1月1日至2022年12月31日');
  });

  it('a period of part of the year is a warning', () => {
    const report = {
      ...blankReport2021(2023),
      sections: { ...NO_SECTIONS, overview: '统计期限为2023年1月1日至2023年11月30日。' },
    };
    expect(checkPeriod(report).map((f) => f.code)).toEqual(['PERIOD_NOT_WHOLE_YEAR']);
  });

  it('without the year nothing can be compared', () => {
    expect(checkPeriod({ ...seedReport('000'), year: null }, seedText('000'))).toEqual([]);
  });
});
