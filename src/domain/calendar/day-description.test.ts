import { describe, expect, it } from 'vitest';
import { describeDay, formatWorkingDate } from './day-description.ts';
import { buildCalendar } from './holiday-calendar.ts';
import { localDate } from './local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.ts';
import { provisionalSpan } from './provisional-span.ts';

const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS);
const d = localDate;

describe('a date with its working-day context', () => {
  it.each<[string, string]>([
    ['2024-10-12', '2024年10月12日（星期六，调休上班）'],
    ['2024-09-29', '2024年9月29日（星期日，调休上班）'],
    ['2024-10-01', '2024年10月1日（星期二，国庆节）'],
    ['2024-10-04', '2024年10月4日（星期五，休息日）'],
    ['2024-10-08', '2024年10月8日（星期二）'],
    ['2024-10-13', '2024年10月13日（星期日）'],
    ['2027-01-01', '2027年1月1日（星期五，元旦）'],
    ['2027-02-06', '2027年2月6日（星期六，春节）'],
  ])('%s is written %s', (date, text) => {
    expect(formatWorkingDate(calendar, d(date))).toBe(text);
  });

  it('describes the kind of day', () => {
    expect(describeDay(calendar, d('2024-10-12'))).toEqual({ kind: 'adjustedWorkday', festival: null });
    expect(describeDay(calendar, d('2024-10-05'))).toEqual({ kind: 'weekend', festival: null });
    expect(describeDay(calendar, d('2027-01-01'))).toEqual({ kind: 'restDay', festival: '元旦' });
  });
});

describe('the provisional part of a span', () => {
  it('lists the unpublished year, its certain holidays, the 补假 owed and the late December', () => {
    expect(provisionalSpan(calendar, d('2026-12-06'), d('2027-02-19'))).toEqual({
      unpublishedYears: [2027],
      holidays: [
        { date: '2027-01-01', festival: '元旦' },
        { date: '2027-02-05', festival: '春节' },
        { date: '2027-02-06', festival: '春节' },
        { date: '2027-02-07', festival: '春节' },
        { date: '2027-02-08', festival: '春节' },
      ],
      makeUpOwed: [
        { date: '2027-02-06', festival: '春节' },
        { date: '2027-02-07', festival: '春节' },
      ],
      lateDecemberYears: [2026],
    });
    expect(provisionalSpan(calendar, d('2026-11-02'), d('2026-12-01'))).toEqual({
      unpublishedYears: [],
      holidays: [],
      makeUpOwed: [],
      lateDecemberYears: [],
    });
  });
});
