import { describe, expect, it } from 'vitest';
import type { YearArrangement } from './arrangements.ts';
import { buildCalendar } from './holiday-calendar.ts';
import { localDate } from './local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.ts';

const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS);

describe('the working-day calendar (Monday–Friday, minus rest days, plus 调休上班)', () => {
  it.each<[string, boolean, string]>([
    ['2024-10-08', true, 'an ordinary Tuesday'],
    ['2024-10-05', false, 'a Saturday inside 国庆'],
    ['2024-10-01', false, '国庆 on a weekday'],
    ['2024-09-29', true, 'a Sunday made a working day (调休上班)'],
    ['2024-10-12', true, 'a Saturday made a working day'],
    ['2024-10-13', false, 'an ordinary Sunday'],
    ['2018-12-29', true, 'the Saturday the 2019 notice made a working day'],
    ['2018-12-31', false, 'the Monday the 2019 notice made a rest day'],
    ['2019-01-01', false, '元旦 2019'],
    ['2019-05-02', false, '劳动节 2019 after the 2019-03-22 change (5/1–5/4)'],
    ['2019-04-28', true, '2019 劳动节 make-up Sunday'],
    ['2019-05-05', true, '2019 劳动节 make-up Sunday after the holiday'],
    ['2020-01-31', false, 'a Friday of the extended 2020 春节'],
    ['2020-02-01', false, 'the 2020 make-up Saturday the extension cancelled'],
    ['2020-02-03', true, 'the Monday after the extended 2020 春节'],
    ['2022-12-31', false, 'the Saturday of 元旦 2023 that falls in 2022'],
    ['2023-01-02', false, 'the 2023 元旦 Monday'],
    ['2023-01-03', true, 'the Tuesday after 元旦 2023'],
    ['2018-01-01', false, '元旦 2018'],
    ['2025-01-28', false, '除夕 2025 (a holiday since the 2024 revision)'],
    ['2025-05-05', false, '劳动节 2025 (5/1–5/5)'],
    ['2026-02-28', true, 'the Saturday after 春节 2026'],
    ['2024-02-29', true, 'a leap day on a Thursday'],
    ['2027-01-01', false, '元旦 in a year with no published arrangement (fixed by the 办法)'],
    ['2027-01-04', true, 'a Monday in a year with no published arrangement'],
    ['2027-02-05', false, '除夕 2027, a holiday by the 2024 办法 (国务院令第795号)'],
    [
      '2027-02-09',
      true,
      'the Tuesday after 春节 2027: its 补假 weekday is unknown, counted as a working day',
    ],
    ['2016-06-09', false, '端午 2016, before the official data starts (fixed by the 办法)'],
    ['2016-06-10', true, 'the Friday after it (the 2016 notice made it a rest day: unknown here)'],
  ])('%s is %s: %s', (date, isWorking) => {
    expect(calendar.isWorkingDay(localDate(date))).toBe(isWorking);
  });

  it.each<[string, boolean, string]>([
    ['2026-12-19', false, 'before 12-20'],
    ['2026-12-20', true, 'from 12-20 when the next year is not published'],
    ['2026-12-31', true, 'the last day of the last published year'],
    ['2027-03-01', true, 'a year with no arrangement'],
    ['2016-12-31', true, 'a year before the official data'],
    ['2017-01-01', false, 'the first published year'],
    ['2018-12-20', false, 'late December when the next year is published'],
  ])('%s is provisional: %s (%s)', (date, isProvisional) => {
    expect(calendar.isProvisional(localDate(date))).toBe(isProvisional);
  });

  it('lists the published years', () => {
    expect(calendar.years).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('lets a later arrangement for the same year replace the earlier one', () => {
    const replacement: YearArrangement = {
      year: 2026,
      notice: '测试',
      source: 'https://www.gov.cn/',
      restDays: [localDate('2026-03-02')],
      workdays: [],
    };
    const replaced = buildCalendar([...OFFICIAL_ARRANGEMENTS, replacement]);
    expect(replaced.isWorkingDay(localDate('2026-03-02'))).toBe(false);
    expect(replaced.isWorkingDay(localDate('2026-10-01'))).toBe(true);
    expect(replaced.years).toContain(2026);
  });

  it('keys data by date: the 2018-12-29 working Saturday needs the 2019 notice, and is provisional without it', () => {
    const only2018 = buildCalendar(OFFICIAL_ARRANGEMENTS.filter((a) => a.year === 2018));
    expect(only2018.isWorkingDay(localDate('2018-12-29'))).toBe(false);
    expect(only2018.isProvisional(localDate('2018-12-29'))).toBe(true);
    expect(only2018.isProvisional(localDate('2018-12-19'))).toBe(false);
  });

  it('counts weekdays minus the statutory holidays on an empty calendar, every date provisional', () => {
    const empty = buildCalendar([]);
    expect(empty.isWorkingDay(localDate('2024-10-01'))).toBe(false);
    expect(empty.isWorkingDay(localDate('2024-10-04'))).toBe(true);
    expect(empty.isWorkingDay(localDate('2024-10-05'))).toBe(false);
    expect(empty.isProvisional(localDate('2024-10-01'))).toBe(true);
    expect(empty.years).toEqual([]);
  });
});
