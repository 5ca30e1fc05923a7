import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from './holiday-calendar.ts';
import { localDate } from './local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.ts';
import {
  followingWeekdayMakeUps,
  holidayRulesOrder,
  makeUpOwedOf,
  statutoryFestivalOn,
  statutoryHolidaysOf,
} from './statutory-holidays.ts';

const official = buildCalendar(OFFICIAL_ARRANGEMENTS);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the holidays of 《全国年节及纪念日放假办法》 (第二条)', () => {
  it('lists the days of the version in force: 2027 under 国务院令第795号', () => {
    expect(holidayRulesOrder(2027)).toBe('国务院令第795号');
    expect(statutoryHolidaysOf(2027).map((h) => `${h.date} ${h.festival}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节', // 除夕
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
  });

  it('has 春节 除夕–初二 under 第513号 (2008–2013), 初一–初三 under 第644号 (2014–2024), 除夕–初三 from 2025', () => {
    const spring = (year: number) =>
      statutoryHolidaysOf(year)
        .filter((h) => h.festival === '春节')
        .map((h) => h.date);
    expect(spring(2013)).toEqual(['2013-02-09', '2013-02-10', '2013-02-11']);
    expect(spring(2014)).toEqual(['2014-01-31', '2014-02-01', '2014-02-02']);
    expect(spring(2025)).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    // 除夕 2014 (1月30日) was a working day: the 2013 revision had dropped it
    expect(chineseDays.isWorkday('2014-01-30')).toBe(true);
    expect(statutoryHolidaysOf(2024).filter((h) => h.festival === '劳动节')).toHaveLength(1);
    expect(statutoryHolidaysOf(2025).filter((h) => h.festival === '劳动节')).toHaveLength(2);
    expect(statutoryHolidaysOf(2007)).toEqual([]);
    expect(statutoryHolidaysOf(2101)).toEqual([]);
  });

  it('are rest days in every official arrangement 2017–2026', () => {
    const working = range(2017, 2026)
      .flatMap((year) => statutoryHolidaysOf(year))
      .filter((h) => official.isWorkingDay(h.date));
    expect(working).toEqual([]);
  });

  it('are rest days in chinese-days for 2008–2016, years without a built-in arrangement', () => {
    const working = range(2008, 2016)
      .flatMap((year) => statutoryHolidaysOf(year))
      .filter((h) => chineseDays.isWorkday(h.date));
    expect(working).toEqual([]);
  });

  it('names the festival of a day', () => {
    expect(statutoryFestivalOn(localDate('2027-01-01'))).toBe('元旦');
    expect(statutoryFestivalOn(localDate('2027-02-05'))).toBe('春节');
    expect(statutoryFestivalOn(localDate('2027-02-09'))).toBeNull();
  });
});

describe('补假 (第六条): a statutory day on a weekend is owed a weekday', () => {
  it('lists the days owed in 2027, and the shared day of 2031 (中秋 on 10月1日)', () => {
    expect(makeUpOwedOf(2027).map((h) => h.date)).toEqual([
      '2027-02-06',
      '2027-02-07',
      '2027-05-01',
      '2027-05-02',
      '2027-10-02',
      '2027-10-03',
    ]);
    expect(makeUpOwedOf(2031).map((h) => `${h.date} ${h.festival}`)).toContain('2031-10-01 国庆节');
  });

  it('the followingWeekday reading gives the weekdays right after each festival', () => {
    expect(followingWeekdayMakeUps(2027)).toEqual([
      '2027-02-09',
      '2027-02-10',
      '2027-05-03',
      '2027-05-04',
      '2027-10-04',
      '2027-10-05',
    ]);
  });

  it('the followingWeekday reading matches the published 补假 of 2008–2026 but for 2012 端午 and 2015 中秋', () => {
    const misses = range(2008, 2026)
      .flatMap((year) => followingWeekdayMakeUps(year))
      .filter((date) => chineseDays.isWorkday(date));
    expect(misses).toEqual(['2012-06-25', '2015-09-28']);
  });
});
