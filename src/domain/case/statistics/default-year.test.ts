import { describe, expect, it } from 'vitest';
import { localDate } from '../../calendar/local-date.ts';
import { defaultStatisticsYear } from './default-year.ts';

describe('the year 统计 opens on', () => {
  it.each([
    ['2027-01-01', 2026, 'January: last year, whose report is due 1月31日'],
    ['2027-01-31', 2026, 'the last day of January'],
    ['2027-02-01', 2027, 'from February: this year'],
    ['2026-06-15', 2026, 'mid-year: this year so far'],
    ['2026-12-06', 2026, 'December: this year (was: last year)'],
    ['2026-12-31', 2026, 'the last day of the year'],
  ])('%s → %i (%s)', (today, year) => {
    expect(defaultStatisticsYear(localDate(today))).toBe(year);
  });
});
