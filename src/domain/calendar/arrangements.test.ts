import { describe, expect, it } from 'vitest';
import { formatArrangementDays, parseArrangementJson, parseArrangementText } from './arrangement-text.ts';
import { expandDateRange, validateArrangement, type YearArrangement } from './arrangements.ts';
import { localDate } from './local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.ts';

const valid: YearArrangement = {
  year: 2027,
  notice: '国务院办公厅关于2027年部分节假日安排的通知',
  source: 'https://www.gov.cn/zhengce/zhengceku/202711/content_1.htm',
  restDays: [localDate('2027-01-01'), localDate('2027-01-02'), localDate('2027-01-03')],
  workdays: [localDate('2027-01-09')],
};

describe('date ranges', () => {
  it('expands a range with the weekend days inside it', () => {
    expect(expandDateRange('2017-01-27..2017-02-02')).toEqual({
      days: [
        '2017-01-27',
        '2017-01-28',
        '2017-01-29',
        '2017-01-30',
        '2017-01-31',
        '2017-02-01',
        '2017-02-02',
      ],
    });
    expect(expandDateRange('2027-01-01')).toEqual({ days: ['2027-01-01'] });
    expect(expandDateRange('2024-02-28 至 2024-03-01')).toEqual({
      days: ['2024-02-28', '2024-02-29', '2024-03-01'],
    });
  });

  it.each([
    ['2023-02-29', /无法识别/],
    ['2027-01-05..2027-01-01', /结束日期早于开始日期/],
    ['2027-01-01..2027-03-01', /超过 31 天/],
    ['1/1..1/3', /无法识别/],
    ['2027-01-01..2027-01-02..2027-01-03', /无法识别/],
  ])('refuses %s in Chinese', (text, message) => {
    const result = expandDateRange(text);
    expect('error' in result && result.error).toMatch(message);
  });
});

describe('validateArrangement', () => {
  it('accepts a well-formed year', () => {
    expect(validateArrangement(valid)).toEqual([]);
  });

  it.each<[string, Partial<YearArrangement>, RegExp]>([
    ['a year out of range', { year: 1999 }, /年度须为 2008 至 2100/],
    ['a missing notice', { notice: ' ' }, /请填写通知的文号或标题/],
    ['a source that is not on gov.cn', { source: 'https://example.com/notice' }, /gov\.cn/],
    ['a missing source', { source: '' }, /网址/],
    ['no rest days', { restDays: [] }, /没有放假日期/],
    ['a workday that is not a weekend', { workdays: [localDate('2027-01-05')] }, /不是周末/],
    [
      'a day both rest and work',
      { restDays: [localDate('2027-01-09')], workdays: [localDate('2027-01-09')] },
      /同时填为放假日和上班日/,
    ],
    [
      'a date outside the year ±1 window (a mistyped year)',
      { restDays: [localDate('2026-05-01')] },
      /不在 2027 年度安排的范围内/,
    ],
    ['a repeated date', { restDays: [localDate('2027-01-01'), localDate('2027-01-01')] }, /重复/],
  ])('refuses %s', (_name, change, message) => {
    const errors = validateArrangement({ ...valid, ...change });
    expect(errors.join('\n')).toMatch(message);
  });

  it('accepts end-of-December days in the next year’s notice (as in 2019 and 2023)', () => {
    expect(validateArrangement({ ...valid, restDays: [localDate('2026-12-31'), ...valid.restDays] })).toEqual(
      [],
    );
  });
});

describe('the compact text form', () => {
  it('reads headers, rest ranges and work days, with comments and several ranges on a line', () => {
    const { draft, errors } = parseArrangementText(
      '# 2027\n年度 2027\n文号：国办发明电〔2026〕9号\n来源 https://www.gov.cn/zhengce/zhengceku/x.htm\n休 2027-01-01..2027-01-03, 2027-04-05\n放假 2027-02-05 至 2027-02-07\n班 2027-01-09、2027-02-20\n',
    );
    expect(errors).toEqual([]);
    expect(draft.year).toBe(2027);
    expect(draft.notice).toBe('国办发明电〔2026〕9号');
    expect(draft.source).toBe('https://www.gov.cn/zhengce/zhengceku/x.htm');
    expect(draft.restDays).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-04-05',
    ]);
    expect(draft.workdays).toEqual(['2027-01-09', '2027-02-20']);
  });

  it('names the line of every problem', () => {
    const { errors } = parseArrangementText('休 2027-01-01\n假 2027-01-02\n班 2027-02-30\n年度 27');
    expect(errors).toEqual([
      expect.stringMatching(/^第 2 行：无法识别「假 2027-01-02」/),
      expect.stringMatching(/^第 3 行：无法识别的日期或时段「2027-02-30」/),
      expect.stringMatching(/^第 4 行：年度「27」/),
    ]);
  });

  it('round-trips every official year through the text form', () => {
    for (const arrangement of OFFICIAL_ARRANGEMENTS) {
      const { draft, errors } = parseArrangementText(formatArrangementDays(arrangement));
      expect(errors).toEqual([]);
      expect(draft.restDays).toEqual(arrangement.restDays);
      expect(draft.workdays).toEqual(arrangement.workdays);
    }
  });

  it('writes ranges compactly', () => {
    expect(
      formatArrangementDays(OFFICIAL_ARRANGEMENTS.find((a) => a.year === 2019)!)
        .split('\n')
        .slice(0, 2),
    ).toEqual(['休 2018-12-30..2019-01-01', '休 2019-02-04..2019-02-10']);
  });
});

describe('the JSON form', () => {
  it('reads restDays/workdays (or rest/work) with ranges', () => {
    const { draft, errors } = parseArrangementJson(
      '{"year": 2027, "notice": "通知", "source": "https://www.gov.cn/a", "rest": ["2027-01-01..2027-01-02"], "work": ["2027-01-09"]}',
    );
    expect(errors).toEqual([]);
    expect(draft).toEqual({
      year: 2027,
      notice: '通知',
      source: 'https://www.gov.cn/a',
      restDays: ['2027-01-01', '2027-01-02'],
      workdays: ['2027-01-09'],
    });
  });

  it.each([
    ['not JSON', '{year', /不是有效的 JSON/],
    ['an array', '[]', /应为一个对象/],
    ['dates that are not strings', '{"restDays": [20270101]}', /列表/],
    ['a bad year', '{"year": "二〇二七"}', /year/],
    ['a bad range', '{"restDays": ["2027-13-01"]}', /无法识别/],
  ])('refuses %s', (_name, text, message) => {
    expect(parseArrangementJson(text).errors.join('\n')).toMatch(message);
  });
});
