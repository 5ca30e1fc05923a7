import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../model.ts';
import { checkProseNumbers, findProseQuotes } from './prose-numbers.ts';
import { NO_SECTIONS, blankReport2021, seedReport, seedText } from './fixtures.test-support.ts';

const quotesIn = (text: string, part: 'overview' | 'reviewLitigation' = 'overview'): string[] =>
  findProseQuotes({ part, text, isSource: false }).map((q) => `${q.quantity}=${q.value}`);

describe('findProseQuotes — what the prose says', () => {
  it.each([
    ['2024年全区共收到政府信息公开申请61件，较2023年减少20.8%。', ['newlyReceived=61']],
    ['本年度新收政府信息公开申请二十三件。', ['newlyReceived=23']],
    ['收到公民、法人和其他组织提出的政府信息公开申请两件。', ['newlyReceived=2']],
    ['作出政府信息公开申请答复62件(含上年结转3件)。', ['total=62', 'carriedOver=3']],
    ['共办结政府信息公开申请十二件。', ['total=12']],
    [
      '其中予以公开40件、部分公开8件、不予公开6件、无法提供8件、不予处理1件、其他处理2件。',
      ['granted=40', 'partlyGranted=8', 'withheld=6', 'unavailable=8', 'notProcessed=1', 'other=2'],
    ],
    ['结转下年继续办理2件。', ['carriedForward=2']],
    ['结转至下一年度办理的申请1件。', ['carriedForward=1']],
    ['现行有效规范性文件12件，现行有效规章3件。', ['normativeDocumentsInForce=12', 'rulesInForce=3']],
    ['因政府信息公开被申请行政复议3起，被提起行政诉讼2件。', ['review=3', 'litigation=2']],
    ['2023年蘑菇气镇未收到政府信息公开申请。', ['newlyReceived=0']],
    ['2020年，我镇没有接到政府信息依申请公开事项。', ['newlyReceived=0']],
    ['本年度无依申请公开事项。', ['newlyReceived=0']],
    ['未收到因政府信息公开工作提起的行政复议和行政诉讼。', ['review=0', 'litigation=0']],
    ['2021年度我镇没有因政府信息公开被申请行政复议、被提起行政诉讼。', ['review=0', 'litigation=0']],
  ])('%s', (text, expected) => {
    expect(quotesIn(text)).toEqual(expected);
  });

  it.each([
    ['较2023年减少20.8%，增长15%。'],
    ['全年通过政府网站公开信息6600余条，其中重点领域信息2700余条。'],
    ['共承办区人大代表建议81件、政协委员提案157件，均按期答复完毕。'],
    ['办理人大代表建议答复12件。'],
    ['予以公开及部分公开258件，占33.9%。'],
    ['共收到政府信息公开申请60余件。'],
    ['延期答复3件。'],
    ['共收到行政复议申请3件，办结行政诉讼2件。'],
    ['未经行政复议直接提起行政诉讼的案件由法院审理。'],
    ['未出现因政府信息公开被行政复议纠错的情况。'],
    ['收到信访件、投诉件等政府信息公开申请以外的来信5件。'],
    ['行政复议和行政诉讼各1件。'],
    ['统计期限为2023年1月1日至2023年12月31日。'],
  ])('no quote in %s', (text) => {
    expect(quotesIn(text)).toEqual([]);
  });

  it('in part 四, 行政复议 counts need no 信息公开 in the sentence', () => {
    expect(quotesIn('全年被申请行政复议13件。', 'reviewLitigation')).toEqual(['review=13']);
    expect(quotesIn('全年被申请行政复议13件。', 'overview')).toEqual([]);
  });
});

describe('checkProseNumbers', () => {
  it('seed 002: the nine quoted numbers agree with the tables (61, 3, 62, 40, 8, 6, 8, 2, 12)', () => {
    const findings = checkProseNumbers(seedReport('002'), seedText('002'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'PROSE_NUMBERS_CHECKED',
      severity: 'info',
      numbers: { compared: 9, agreed: 9, mismatched: 0 },
    });
  });

  it('seed 002 modified: each disagreeing quote is a warning with the quote, its position and both numbers', () => {
    const text = seedText('002')
      .replace('收到政府信息公开申请61件', '收到政府信息公开申请65件')
      .replace('予以公开40件', '予以公开四十一件')
      .replace('现行有效规范性文件12件', '现行有效规范性文件10件');
    const report = { ...seedReport('002'), sections: { ...NO_SECTIONS, overview: text } };
    const findings = checkProseNumbers(report, text);
    const mismatches = findings.filter((f) => f.code === 'PROSE_TABLE_MISMATCH');
    expect(mismatches.map((f) => [f.text, f.numbers])).toEqual([
      ['收到政府信息公开申请65件', { prose: 65, table: 61, difference: 4 }],
      ['予以公开四十一件', { prose: 41, table: 40, difference: 1 }],
      ['现行有效规范性文件10件', { prose: 10, table: 12, difference: -2 }],
    ]);
    expect(mismatches[0]?.message).toBe(
      '正文「收到政府信息公开申请65件」与表三「一、本年新收政府信息公开申请数量」行「总计」列的 61 不一致，相差 4',
    );
    const first = mismatches[0]!;
    expect(first.where).toMatchObject({ part: 'overview', row: 'newlyReceived', column: '6', line: 9 });
    expect(text.slice(first.where.start, first.where.end)).toBe('收到政府信息公开申请65件');
    expect(mismatches.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.at(-1)?.numbers).toEqual({ compared: 9, agreed: 6, mismatched: 3 });
  });

  it('without source text, positions are offsets in the section', () => {
    const overview = '本年度共收到政府信息公开申请5件。';
    const report = { ...blankReport2021(), sections: { ...NO_SECTIONS, overview } };
    const [mismatch] = checkProseNumbers(report);
    expect(mismatch?.where).toEqual({
      part: 'overview',
      start: 4,
      end: 16,
      row: 'newlyReceived',
      column: '6',
    });
  });

  it('a statement of zero contradicted by the table', () => {
    const report = blankReport2021();
    report.applications!.newlyReceived = [3, 0, 0, 0, 0, 0, 3];
    report.sections = { ...NO_SECTIONS, overview: '本年度未收到政府信息公开申请。' };
    const [mismatch] = checkProseNumbers(report);
    expect(mismatch?.message).toBe(
      '正文「未收到政府信息公开申请」（即 0）与表三「一、本年新收政府信息公开申请数量」行「总计」列的 3 不一致，相差 3',
    );
  });

  it('only compares when the table cell is a number', () => {
    const report = blankReport2021();
    report.applications!.granted = [0, 0, 0, 0, 0, 0, null];
    report.sections = { ...NO_SECTIONS, overview: '予以公开4件。' };
    expect(checkProseNumbers(report)).toEqual([]);
  });

  it('skips legacy reports (no tables) and reports without prose', () => {
    expect(checkProseNumbers(seedReport('003'), seedText('003'))).toEqual([]);
    expect(checkProseNumbers(seedReport('002', 'none'))).toEqual([]);
  });

  it.each(['000', '001', '004'] as const)('seed %s: the statements of zero agree', (id) => {
    const findings = checkProseNumbers(seedReport(id), seedText(id));
    expect(findings.map((f) => f.code)).toEqual(['PROSE_NUMBERS_CHECKED']);
  });

  it('uses the source text when the report has no sections', () => {
    const report: AnnualReport = seedReport('002', 'none');
    const findings = checkProseNumbers(report, seedText('002'));
    expect(findings[0]?.numbers).toEqual({ compared: 9, agreed: 9, mismatched: 0 });
  });
});
