import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/holiday-calendar.ts';
import { localDate } from '../calendar/local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from '../calendar/official-arrangements.ts';
import { deriveTimeliness } from './timeliness.ts';

const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS);

describe('deriveTimeliness (derived from the due date and today, never stored)', () => {
  it.each<[string | null, string, string, number | null, string]>([
    ['2024-10-30', '2024-10-31', 'overdue', -1, 'is overdue the day after the 20th working day'],
    ['2024-11-01', '2024-11-02', 'overdue', 0, 'is overdue on the Saturday right after a Friday due date'],
    ['2024-11-01', '2024-11-05', 'overdue', -2, 'counts working days overdue'],
    ['2024-10-30', '2024-10-30', 'dueSoon', 0, 'is due soon on the due date itself'],
    ['2024-10-30', '2024-10-23', 'dueSoon', 5, 'is due soon with 5 working days left'],
    ['2024-10-30', '2024-10-22', 'inTime', 6, 'is in time with 6 working days left'],
    [
      '2024-10-12',
      '2024-09-30',
      'dueSoon',
      5,
      'counts 调休 working days and skips 国庆 when counting what is left',
    ],
    [null, '2024-10-30', 'stopped', null, 'is stopped while the clock is stopped'],
  ])('due %s, today %s → %s (%s)', (due, today, kind, left) => {
    expect(deriveTimeliness(due === null ? null : localDate(due), localDate(today), calendar)).toEqual({
      kind,
      workingDaysLeft: left,
    });
  });
});
